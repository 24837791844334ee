import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/index.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-lint-cache-'));
  dirs.push(dir);
  return dir;
}

const deployment = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: ${image}\n`;
const service = (app: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: ${app}}\n  ports:\n  - port: 80\n`;

/** The run's findings as plain data, and whether it came from the cache (a cached run returns no resources). */
async function run(options: LintOptions): Promise<{ cached: boolean; findings: string[] }> {
  const result = await lint(options);
  return { cached: result.resources.size === 0, findings: result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line} ${d.ruleId}`) };
}

describe('lint --cache', () => {
  it('reuses the last result only while no input file, rule setting or config changed', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'web.yaml'), deployment('nginx:1.27'));
    writeFileSync(path.join(dir, 'service.yaml'), service('web'));
    const options: LintOptions = { paths: ['.'], cwd: dir, cache: true, cacheDir: path.join(tempDir(), 'drydock') };
    const cold = await run(options);
    expect(cold.cached).toBe(false);
    const warm = await run(options);
    expect(warm).toEqual({ cached: true, findings: cold.findings });
    expect((await lint(options)).counts).toEqual((await lint({ ...options, cache: false })).counts);

    // another file changes a cross-resource finding in service.yaml: nothing is reused
    writeFileSync(path.join(dir, 'web.yaml'), deployment('nginx:1.27').replaceAll('app: web', 'app: api'));
    const edited = await run(options);
    expect(edited.cached).toBe(false);
    expect(edited.findings).toContain('service.yaml:6 service-selects-no-pods');
    expect(edited.findings).toEqual((await run({ ...options, cache: false })).findings);

    // a --rule override is part of the key
    const off = await run({ ...options, rules: { 'service-selects-no-pods': 'off' } });
    expect(off.cached).toBe(false);
    expect(off.findings).not.toContain('service.yaml:6 service-selects-no-pods');
    expect((await run({ ...options, rules: { 'service-selects-no-pods': 'off' } })).cached).toBe(true);

    // so is the config (its rules)
    writeFileSync(path.join(dir, '.drydock.yaml'), 'rules:\n  latest-tag: error\n');
    expect((await run(options)).cached).toBe(false);
  });

  it('keeps the cache signed, in its own file beside validate\'s', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'web.yaml'), deployment('nginx'));
    const cacheDir = path.join(tempDir(), 'drydock');
    const location = path.join(dir, 'lint.cache');
    const options: LintOptions = { paths: ['.'], cwd: dir, cacheLocation: location, cache: true, cacheDir };
    const notes: string[] = [];
    const first = await run({ ...options, notify: (note) => notes.push(note) });
    const text = readFileSync(location, 'utf8');
    expect(text).toMatch(/^drydock-cache 3 [0-9a-f]{64}\n/);
    // an edited cache (a forged clean result) is ignored with a note
    writeFileSync(location, text.replace(/"ruleId":"[^"]+"/g, '"ruleId":"forged"'));
    const forged = await run({ ...options, notify: (note) => notes.push(note) });
    expect(forged).toEqual({ cached: false, findings: first.findings });
    expect(notes).toEqual([expect.stringMatching(/^ignoring the cache .*lint\.cache: its signature does not match/)]);
  });
});
