import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticFormats, validate, type Diagnostic, type DiagnosticReport } from '../../src/index.js';
import { makePlan } from '../../src/plan/index.js';
import { escapeMarkdown } from '../../src/report/markdown-escape.js';
import { planFormats } from '../../src/report/plan/plan-formats.js';
import { escapeControlCharacters, inertToWorkflowCommands } from '../../src/report/workflow-command-escape.js';
import { ResourceSet } from '../../src/resources/index.js';
import { makeResources } from '../helpers/make-resource.js';

// a line a GitHub runner would obey: `::cmd` after white space, or a legacy `##[cmd]` anywhere
const commandLine = /^[\s\u0085]*::|##\[/;
const linesOf = (text: string) => text.split(/\r\n|\r|\n/);
const commandLines = (text: string) => linesOf(text).filter((line) => commandLine.test(line));

const hostileNames = ['x\n::error::pwned.yaml', '::warning::lead.yaml', 'esc\u001b[31mred\r::notice::cr.yaml', 'legacy ##[error]old.yaml'];
const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\ndata: {a: 1, a: 2}\n';

describe('text outputs read by a GitHub runner', () => {
  let dir: string;
  let report: DiagnosticReport;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'drydock-inert-'));
    for (const name of hostileNames) writeFileSync(path.join(dir, name), broken);
    const result = await validate({ paths: ['.'], cwd: dir });
    report = { diagnostics: result.diagnostics, files: result.files, cwd: dir };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the files with hostile names (the attack reaches the formatters)', () => {
    expect(report.files).toHaveLength(hostileNames.length);
    expect(report.diagnostics.map((d) => d.range.file)).toContain('x\n::error::pwned.yaml');
  });

  for (const format of ['stylish', 'markdown', 'junit'] as const) {
    it(`${format}: no line starts a workflow command and no ESC or CR is printed`, () => {
      for (const color of format === 'stylish' ? [false, true] : [false]) {
        const out = diagnosticFormats[format](report, { color });
        expect(commandLines(out)).toEqual([]);
        expect(out).not.toContain('\r');
        if (!color) expect(out).not.toContain('\u001b');
      }
    });
  }

  it('stylish shows a hostile name on one line, with visible escapes', () => {
    const out = diagnosticFormats.stylish(report, { color: false });
    expect(out).toContain('x\\n::error::pwned.yaml');
    expect(out).toContain('esc\\x1b[31mred\\r::notice::cr.yaml');
    expect(out).toContain('\\x3a:warning::lead.yaml');
  });

  it('a message with ESC, CR and a line break is one inert line in every text format', () => {
    const message = 'bad \u001b]0;title\u0007 value\r::error::forged\n::warning::too';
    const finding: Diagnostic = { ruleId: 'schema', severity: 'error', message, range: { file: 'a.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
    const one = { diagnostics: [finding], files: ['a.yaml'], cwd: '/repo' };
    for (const format of ['stylish', 'markdown', 'junit'] as const) {
      const out = diagnosticFormats[format](one, { color: false });
      expect(commandLines(out), format).toEqual([]);
      // eslint-disable-next-line no-control-regex -- the controls must not reach the output
      expect(out, format).not.toMatch(/[\u001b\u0007\r]/);
    }
  });

  it('plan text, markdown and diff: names, paths, values and findings make no workflow command', () => {
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\ndata:\n  "k\\n::error::key": "v\\n::error::value\\n##[error]legacy"\n  script: |\n    ::error::block\n';
    const plan = makePlan(new ResourceSet(makeResources(manifest, 'x\n::error::plan.yaml')), undefined, { defaultNamespace: 'default' });
    const finding: Diagnostic = { ruleId: 'schema', severity: 'warning', message: 'm\n::error::finding', range: { file: 'x\n::error::plan.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
    const planReport = { plan, diagnostics: [finding], kubernetesVersion: '1.36' };
    for (const format of ['text', 'markdown', 'diff'] as const) {
      const out = planFormats[format](planReport, { color: false });
      expect(commandLines(out), format).toEqual([]);
      expect(out, format).not.toContain('\r');
    }
    const unplanned = { plan: undefined, diagnostics: [finding], kubernetesVersion: '1.36' };
    expect(commandLines(planFormats.text(unplanned, { color: false }))).toEqual([]);
    expect(commandLines(planFormats.markdown(unplanned, {}))).toEqual([]);
  });
});

describe('escaping helpers', () => {
  it('escapes C0, DEL and C1 controls visibly and leaves other text alone', () => {
    expect(escapeControlCharacters('a\tb\nc\rd\u001be\u007ff\u0085g\u009bh é ✓')).toBe('a\\tb\\nc\\rd\\x1be\\x7ff\\x85g\\x9bh é ✓');
  });

  it('makes a leading :: and a ##[ inert, after white space, CR or NEL too, and nothing else', () => {
    expect(inertToWorkflowCommands('::error::x\n  ::set-output name=a::b\nok :: fine\n\u0085::debug::y')).toBe('\\x3a:error::x\n  \\x3a:set-output name=a::b\nok :: fine\n\u0085\\x3a:debug::y');
    expect(inertToWorkflowCommands('a ##[error]b\r::warning::c')).toBe('a #\\x23[error]b\\r\\x3a:warning::c');
    expect(inertToWorkflowCommands('plain text\nk8s/web.yaml:1:2')).toBe('plain text\nk8s/web.yaml:1:2');
  });

  it('takes linear time on long runs of white space and newlines', () => {
    const long = `${'\n '.repeat(200_000)}x${' '.repeat(200_000)}`;
    const started = performance.now();
    inertToWorkflowCommands(long);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('markdown mentions', () => {
  it('keeps @name and @org/team from linking, in messages and in names', () => {
    const out = escapeMarkdown('owner @octocat and @github/security, mail a@b.c');
    expect(out).not.toMatch(/(?<![A-Za-z0-9_])@[A-Za-z0-9]/);
    expect(out).toBe('owner @\u200Doctocat and @\u200Dgithub/security, mail a@b.c');
    const finding: Diagnostic = { ruleId: 'schema', severity: 'error', message: 'ping @octocat', range: { file: '@octocat.yaml', start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } };
    const md = diagnosticFormats.markdown({ diagnostics: [finding], files: ['@octocat.yaml'], cwd: '/repo' }, { color: false });
    // the file name sits in a code span, where GitHub links nothing; the message is escaped
    expect(md).toContain('`@octocat.yaml`');
    expect(md).toContain('ping @\u200Doctocat');
  });
});
