import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, validate } from '../../src/index.js';

const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';
const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-run-confined-')));
const repo = path.join(base, 'repo');
afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(repo, 'k8s', 'node_modules'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(path.join(repo, 'k8s', 'ns.yaml'), namespace);
  writeFileSync(path.join(repo, 'k8s', 'skip.yaml'), namespace);
  writeFileSync(path.join(repo, 'k8s', '.hidden.yaml'), namespace);
  writeFileSync(path.join(base, 'outside.yaml'), namespace);
  symlinkSync(path.join(base, 'outside.yaml'), path.join(repo, 'k8s', 'out.yaml'));
  writeFileSync(path.join(repo, '.drydock.yaml'), 'ignore: [k8s/skip.yaml]\n');
});

describe('the library reports the root and what it skipped', () => {
  it('returns the root, the counts, and an input/outside-root warning at the link', async () => {
    const result = await lint({ paths: ['k8s'], cwd: path.join(repo, 'k8s', '..') });
    expect(result.root).toBe(repo);
    expect(result.skipped).toEqual({ hidden: 1, nodeModules: 1, ignored: 1, outsideRoot: 1 });
    expect(result.files).toEqual(['k8s/ns.yaml']);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('input/')).map((d) => [d.range.file, d.ruleId, d.severity])).toEqual([['k8s/out.yaml', 'input/outside-root', 'warning']]);
  });

  it('takes a wider root', async () => {
    const result = await validate({ paths: ['k8s'], cwd: repo, root: base, keepResources: false });
    expect(result.files).toEqual(['k8s/ns.yaml', 'k8s/out.yaml']);
    expect(result.skipped.outsideRoot).toBe(0);
  });

  it('keeps the notes of a link with the shard its path belongs to', async () => {
    const shards = await Promise.all([1, 2, 3].map((index) => validate({ paths: ['k8s'], cwd: repo, shard: { index, count: 3 }, keepResources: false })));
    expect(shards.flatMap((r) => r.diagnostics.filter((d) => d.ruleId === 'input/outside-root'))).toHaveLength(1);
  });

  it('fails with path-not-found when nothing is left to check', async () => {
    await expect(validate({ paths: ['k8s/out.yaml'], cwd: repo })).rejects.toMatchObject({ code: 'path-not-found', message: 'no file left to check in k8s/out.yaml (skipped: 1 link leading outside the root)' });
  });
});
