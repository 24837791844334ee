import { describe, expect, it } from 'vitest';
import { diagnosticFormats, type Diagnostic, type DiagnosticReport } from '../../src/index.js';
import { codeSpan, escapeMarkdown } from '../../src/report/markdown-escape.js';
import { formatFixture, secretValue, secretValueBase64 } from './format-fixture.js';

const markdown = (report: DiagnosticReport, maxBytes?: number) => diagnosticFormats.markdown(report, { color: false, maxBytes });

const finding = (line: number, overrides: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'latest-tag',
  severity: 'warning',
  message: `Image "web:latest" on line ${line} uses the :latest tag.`,
  range: { file: 'k8s/web.yaml', start: { line, column: 5 }, end: { line, column: 9 } },
  ...overrides,
});

describe('markdown format', () => {
  it('writes a summary line and a table per file (golden)', async () => {
    await expect(markdown(formatFixture)).toMatchFileSnapshot('../fixtures/report/format-fixture.markdown.md');
  });

  it('never prints the value of a Secret', () => {
    const out = markdown(formatFixture);
    expect(out).not.toContain(secretValue);
    expect(out).not.toContain(secretValueBase64);
  });

  it('says so when there is nothing to report', () => {
    expect(markdown({ diagnostics: [], files: ['a.yaml', 'b.yaml'], cwd: '/repo' })).toBe('**drydock** found no problems in 2 files.\n');
  });

  it('links rule ids to their docs, namespaces to the diagnostics reference, and prefers a help URL', () => {
    const out = markdown({
      diagnostics: [
        finding(1, { ruleId: 'schema' }),
        finding(2, { ruleId: 'yaml/tab-indent' }),
        finding(3, { ruleId: 'api/labels' }),
        finding(4, { ruleId: 'pdb-missing' }),
        finding(5, { ruleId: 'pdb-missing', help: 'https://example.com/pdb (draft)' }),
      ],
      files: ['k8s/web.yaml'],
      cwd: '/repo',
    });
    const docs = 'https://github.com/drydock-dev/drydock/blob/main/docs';
    expect(out).toContain(`[schema](${docs}/diagnostics.md)`);
    expect(out).toContain(`[yaml/tab-indent](${docs}/diagnostics.md#yaml-codes)`);
    expect(out).toContain(`[api/labels](${docs}/diagnostics-api.md)`);
    expect(out).toContain(`[pdb-missing](${docs}/rules/pdb-missing.md)`);
    expect(out).toContain('[pdb-missing](https://example.com/pdb%20%28draft%29)');
  });

  it('escapes |, Markdown specials, HTML and line breaks in messages, so each finding stays one row', () => {
    const out = markdown({
      diagnostics: [finding(1, { message: 'a|b *c* _d_ `e` [f](g) <none> & $x\nnext ~~s~~ \\' })],
      files: ['k8s/web.yaml'],
      cwd: '/repo',
    });
    const row = out.split('\n').find((line) => line.startsWith('| 1:5'));
    expect(row).toBe(
      '| 1:5 | warning | [latest-tag](https://github.com/drydock-dev/drydock/blob/main/docs/rules/latest-tag.md) | ' +
        'a\\|b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) &lt;none&gt; &amp; \\$x<br>next \\~\\~s\\~\\~ \\\\ |',
    );
  });

  it('shows file names verbatim in code spans, whatever backticks they hold', () => {
    expect(codeSpan('k8s/web.yaml')).toBe('`k8s/web.yaml`');
    expect(codeSpan('a`b.yaml')).toBe('``a`b.yaml``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a\nb')).toBe('`a b`');
    expect(escapeMarkdown('plain text, no specials.')).toBe('plain text, no specials.');
    expect(escapeMarkdown('bell \u0007 and escape \u001b[31m')).toBe('bell \\\\x07 and escape \\\\x1b\\[31m');
  });

  it('stays within maxBytes and says how many findings it left out', () => {
    const report = { diagnostics: Array.from({ length: 200 }, (_, i) => finding(i + 1)), files: ['k8s/web.yaml'], cwd: '/repo' };
    const full = markdown(report);
    expect(full).not.toContain('truncated');
    const maxBytes = 4000;
    const out = markdown(report, maxBytes);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(maxBytes);
    const rows = out.split('\n').filter((line) => /^\| \d+:5 /.test(line)).length;
    expect(rows).toBeGreaterThan(10);
    expect(out).toContain(`Report truncated to stay under 4000 bytes: ${200 - rows} of 200 findings not shown.`);
  });

  it('defaults to GitHub\'s 1 MiB job summary limit', () => {
    const long = 'x'.repeat(2000);
    const report = { diagnostics: Array.from({ length: 1000 }, (_, i) => finding(i + 1, { message: long })), files: ['k8s/web.yaml'], cwd: '/repo' };
    const out = markdown(report);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1024 * 1024);
    expect(out).toMatch(/Report truncated to stay under 1024 KiB: \d+ of 1000 findings not shown\./);
  });

  it('counts only the characters GitHub counts: bytes, not UTF-16 units', () => {
    const report = { diagnostics: Array.from({ length: 50 }, (_, i) => finding(i + 1, { message: 'é'.repeat(100) })), files: ['k8s/web.yaml'], cwd: '/repo' };
    expect(Buffer.byteLength(markdown(report, 5000))).toBeLessThanOrEqual(5000);
  });
});
