import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/shared.js';
import { runCli } from '../helpers/run-cli.js';

/** Over 2 MB of manifests with findings of every kind: enough for validate to use worker threads. */
function largeInput(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-threads-'));
  const sources = ['fixtures/demo', 'fixtures/plan/shop', 'fixtures/hostile'].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder)).map((name) => path.join(repoRoot, folder, name)),
  );
  let bytes = 0;
  for (let copy = 0; bytes < 2.5 * 1024 * 1024; copy++) {
    for (const source of sources) {
      const target = path.join(dir, `${String(copy).padStart(4, '0')}-${path.basename(source)}`);
      cpSync(source, target);
      bytes += readFileSync(target).length;
    }
  }
  writeFileSync(path.join(dir, 'README.md'), '# notes\n\n```yaml\napiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: i}]}\n```\n');
  return dir;
}

// --stats says how many threads took part, so the test knows the workers ran (threads start only
// from the bundle, so this one test spawns the built CLI)
const statsLine = /^drydock: checked (\d+) files on (\d+) threads? in \d+ ms$/m;

describe('worker threads', () => {
  const dir = largeInput();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validate gives the same report, in the same order, on one thread and on several', () => {
    const one = runCli(['validate', '.', '-j', '1', '-f', 'json', '--stats'], { cwd: dir });
    const many = runCli(['validate', '.', '-j', '4', '-f', 'json', '--stats'], { cwd: dir });
    expect(one.code).toBe(1);
    expect(many.code).toBe(1);
    expect((JSON.parse(one.stdout) as unknown[]).length).toBeGreaterThan(100);
    expect(many.stdout).toBe(one.stdout);
    const files = readdirSync(dir).length;
    expect(statsLine.exec(one.stderr)?.slice(1, 3)).toEqual([String(files), '1']);
    expect(statsLine.exec(many.stderr)?.slice(1, 3)).toEqual([String(files), '4']);
  }, 120_000);
});
