import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOfShard, parseShard, shardOf } from '../../src/run/select-files.js';
import { validate } from '../../src/run/run-validate.js';

/** Shards of the first eight names of 4: a change here reshuffles every user's CI jobs. */
const PINNED = [3, 2, 4, 3, 1, 4, 1, 1];

const names = Array.from({ length: 500 }, (_, i) => `k8s/app-${i % 37}/file-${i}.yaml`);

describe('shard assignment', () => {
  it('puts every file in exactly one shard, for any number of shards', () => {
    for (const count of [1, 2, 3, 7, 16]) {
      const files = names.map((name) => path.join('/repo', name));
      const shards = Array.from({ length: count }, (_, i) => filesOfShard(files, { index: i + 1, count }, '/repo'));
      expect(shards.flat().sort()).toEqual([...files].sort());
      expect(new Set(shards.flat()).size).toBe(files.length);
    }
  });

  it('depends only on the path relative to cwd: stable across runs, orderings and checkouts', () => {
    const a = filesOfShard(names.map((name) => path.join('/a', name)), { index: 2, count: 3 }, '/a').map((file) => path.relative('/a', file));
    const reversed = [...names].reverse().map((name) => path.join('/elsewhere', name));
    const b = filesOfShard(reversed, { index: 2, count: 3 }, '/elsewhere').map((file) => path.relative('/elsewhere', file));
    expect([...b].sort()).toEqual([...a].sort());
    expect(names.slice(0, 8).map((name) => shardOf(name, 4))).toEqual(PINNED);
  });

  it('keeps a file in its shard when others are added or removed', () => {
    const before = new Map(names.map((name) => [name, shardOf(name, 5)]));
    const after = [...names.slice(100), 'k8s/new.yaml'];
    for (const name of after.slice(0, -1)) expect(shardOf(name, 5)).toBe(before.get(name));
  });

  it('spreads files roughly evenly', () => {
    const sizes = [1, 2, 3, 4].map((index) => names.filter((name) => shardOf(name, 4) === index).length);
    for (const size of sizes) expect(size).toBeGreaterThan(85);
    const tiny = ['a.yaml', 'b.yaml', 'c.yaml', 'd.yaml', 'e.yaml', 'f.yaml', 'g.yaml', 'h.yaml'];
    expect(new Set(tiny.map((name) => shardOf(name, 2))).size).toBe(2);
  });

  it('parses i/n and refuses anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/3', '4/3', 'x', '1/0', '1', '/3', '1/3/4', '-1/3', '1.5/3', '']) {
      expect(() => parseShard(bad), bad).toThrow(expect.objectContaining({ code: 'usage' }));
    }
  });

  it('validates only the shard, with the CRDs of every file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-shard-'));
    for (let i = 0; i < 12; i++) writeFileSync(path.join(dir, `cm-${i}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_${i}\n`);
    const all = await validate({ paths: ['.'], cwd: dir });
    const shards = await Promise.all([1, 2, 3].map((index) => validate({ paths: ['.'], cwd: dir, shard: { index, count: 3 }, keepResources: false })));
    expect(shards.flatMap((shard) => shard.files).sort()).toEqual([...all.files].sort());
    expect(shards.flatMap((shard) => shard.diagnostics).length).toBe(all.diagnostics.length);
    await expect(validate({ paths: ['.'], cwd: dir, shard: { index: 4, count: 3 } })).rejects.toMatchObject({ code: 'usage' });
  });
});

describe('changedLines', () => {
  it('lists the added and modified lines of each file since a ref, committed or not', async () => {
    const { execFileSync } = await import('node:child_process');
    const { changedLines } = await import('../../src/run/select-files.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-lines-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
    writeFileSync(path.join(dir, 'a.yaml'), 'one\ntwo\nthree\nfour\n');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    writeFileSync(path.join(dir, 'a.yaml'), 'one\nTWO\nthree\nfour\nfive\n');
    git('commit', '-q', '-am', 'change');
    writeFileSync(path.join(dir, 'b.yaml'), 'x\n');
    git('add', 'b.yaml');
    const lines = changedLines('HEAD~1', dir);
    expect([...(lines.get('a.yaml') ?? [])].sort()).toEqual([2, 5]);
    expect([...(lines.get('b.yaml') ?? [])]).toEqual([1]);
    expect(changedLines('no-such-ref', dir).size).toBe(0);
  });
});
