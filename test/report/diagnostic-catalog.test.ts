import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogModule, renderDiagnosticCatalog } from '../../scripts/diagnostic-catalog.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { explainDiagnostic } from '../../src/report/catalog/index.js';
import { repoRoot } from '../helpers/shared.js';
import { itemAt } from '../helpers/item-at.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every diagnostic id the source can print, besides the best-practice rules: read from the code that builds them. */
function printedIds(): string[] {
  const ids = new Set<string>();
  for (const file of sourceFiles(path.join(repoRoot, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/ruleId: '([a-z][a-z/-]*)'/g)) ids.add(itemAt(m, 1));
    if (file.endsWith('find-files.ts')) for (const m of text.matchAll(/note\([^;]*?'(?:info|warning)', '([a-z-]+)'/g)) ids.add(`input/${m[1]}`);
    if (file.endsWith('yaml-codes.ts')) for (const m of text.slice(0, text.indexOf(';')).matchAll(/\| '([a-z-]+)'/g)) ids.add(`yaml/${m[1]}`);
    if (file.includes(`${path.sep}validate${path.sep}checks${path.sep}`)) for (const m of text.matchAll(/^ {2}id: '([a-z-]+)'/gm)) ids.add(`api/${m[1]}`);
    if (file.includes(`${path.sep}plan${path.sep}`)) {
      for (const m of text.matchAll(/code: '([a-z-]+)'/g)) ids.add(`plan/${m[1]}`);
      for (const m of text.matchAll(/warn\('([a-z-]+)'/g)) ids.add(`plan/${m[1]}`);
      for (const m of text.matchAll(/planDiagnostic\([^;]*?'(?:error|warning|info)', '([a-z-]+)'/g)) ids.add(`plan/${m[1]}`);
    }
  }
  return [...ids].sort();
}

async function rules(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd: repoRoot, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: async () => '', isStdoutTty: false };
  const code = await main(['rules', ...args], io);
  return { code, stdout, stderr };
}

describe('the diagnostic catalog (drydock rules <id>)', () => {
  it('is generated from the docs and current (npm run docs)', () => {
    expect(readFileSync(path.join(repoRoot, catalogModule), 'utf8')).toBe(renderDiagnosticCatalog(repoRoot));
  });

  it('explains every id the source can print', () => {
    const ids = printedIds();
    expect(ids.length).toBeGreaterThan(60);
    expect(ids.filter((id) => explainDiagnostic(id) === undefined)).toEqual([]);
  });

  it('explains a validation id from its docs table, with the namespace\'s severity', async () => {
    const run = await rules(['api/probes']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['api/probes (error)', '']);
    expect(run.stdout).toContain('\nFix: Give each probe one handler and valid numbers.\n');
    expect(run.stdout.endsWith('\nDocs: https://github.com/drydock-dev/drydock/blob/main/docs/diagnostics-api.md\n')).toBe(true);
    const json = JSON.parse((await rules(['input/duplicate-object', '-f', 'json'])).stdout) as { id: string; severity: string; docs: string }[];
    expect(json.map(({ id, severity, docs }) => ({ id, severity, docs }))).toEqual([{ id: 'input/duplicate-object', severity: 'warning', docs: 'https://github.com/drydock-dev/drydock/blob/main/docs/diagnostics.md' }]);
  });

  it('explains the codes of a namespace the docs list only as a pattern (kustomize/<check>)', () => {
    expect(explainDiagnostic('kustomize/missing-resource')).toMatchObject({ id: 'kustomize/missing-resource', severity: 'error, warning or info', page: 'diagnostics.md' });
    // where the docs list the codes, only those are known
    expect(explainDiagnostic('api/no-such-check')).toBeUndefined();
  });

  it('exits 2 on an unknown id, naming the closest ids', async () => {
    expect(await rules(['latst-tag'])).toEqual({ code: 2, stdout: '', stderr: 'drydock: unknown rule or diagnostic id "latst-tag"; did you mean "latest-tag"? (drydock rules lists the rules; docs/diagnostics.md the other ids)\n' });
    expect((await rules(['yaml/duplicate-keys'])).stderr).toContain('did you mean "yaml/duplicate-key"?');
  });
});
