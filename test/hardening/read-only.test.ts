import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-main.js';
import { repoRoot } from '../helpers/shared.js';

const inputDir = mkdtempSync(path.join(tmpdir(), 'drydock-inputs-'));
const outputDir = mkdtempSync(path.join(tmpdir(), 'drydock-outputs-'));
cpSync(path.join(repoRoot, 'fixtures/demo'), path.join(inputDir, 'demo'), { recursive: true });
cpSync(path.join(repoRoot, 'fixtures/hostile'), path.join(inputDir, 'hostile'), { recursive: true });
afterAll(() => {
  rmSync(inputDir, { recursive: true, force: true });
  rmSync(outputDir, { recursive: true, force: true });
});

function snapshot(): Map<string, { mtimeMs: number; content: string }> {
  const out = new Map<string, { mtimeMs: number; content: string }>();
  for (const entry of readdirSync(inputDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(file, { mtimeMs: statSync(file).mtimeMs, content: readFileSync(file, 'base64') });
  }
  return out;
}

describe('drydock never writes to the files it reads', () => {
  it.each([
    [['validate', 'demo', 'hostile']],
    [['lint', 'demo', 'hostile']],
    [['validate', 'demo', 'hostile', '-f', 'json', '-o', path.join(outputDir, 'validate.json')]],
    [['lint', 'demo', 'hostile', '-f', 'sarif', '-o', path.join(outputDir, 'lint.sarif')]],
  ])('drydock %j leaves every input untouched', async (args) => {
    const before = snapshot();
    expect(before.size).toBeGreaterThan(10);
    const run = await runMain(args, { cwd: inputDir });
    expect(run.code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it.each(['validate', 'lint'])('%s --output refuses to overwrite an input', async (command) => {
    const before = snapshot();
    const target = path.join(inputDir, 'demo/web.yaml');
    const run = await runMain([command, 'demo', '-o', target], { cwd: inputDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('refusing to write the report over the input file');
    expect(snapshot()).toEqual(before);
  });
});
