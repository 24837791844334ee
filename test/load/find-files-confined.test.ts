import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInputFiles } from '../../src/load/find-files.js';
import { loadInputs } from '../../src/load/index.js';
import { itemAt } from '../helpers/item-at.js';

const namespace = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n';
const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-confine-')));
const root = path.join(base, 'repo');
const outside = path.join(base, 'outside');
afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(path.join(root, 'k8s'), { recursive: true });
  mkdirSync(outside);
  execFileSync('git', ['init', '-q'], { cwd: root });
  writeFileSync(path.join(root, '.git', 'config'), '[credential]\n\thelper = store\n# token ghp_FAKECREDENTIAL\n', { flag: 'a' });
  writeFileSync(path.join(root, 'k8s', 'ns.yaml'), namespace);
  writeFileSync(path.join(outside, 'secret.yaml'), namespace);
  symlinkSync('../.git/config', path.join(root, 'k8s', 'settings.yaml'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'k8s', 'file-out.yaml'));
  symlinkSync(outside, path.join(root, 'k8s', 'dir-out'));
  symlinkSync('ns.yaml', path.join(root, 'k8s', 'inside.yaml'));
  mkdirSync(path.join(root, 'k8s', '.hidden'));
  mkdirSync(path.join(root, 'k8s', 'node_modules'));
  writeFileSync(path.join(root, 'k8s', '.extra.yaml'), namespace);
});

const names = (entries: { kind: string; path?: string }[]) => entries.map((e) => (e.kind === 'file' ? path.relative(root, e.path!) : '-'));

describe('finding files inside the root', () => {
  it('skips links that leave the root or lead into .git, naming each link', () => {
    const found = findInputFiles(['k8s'], { cwd: root, root });
    expect(names(found.entries)).toEqual(['k8s/inside.yaml', 'k8s/ns.yaml']);
    expect(found.notes.map((d) => [d.range.file, d.ruleId, d.severity, d.range.start.line, d.range.start.column])).toEqual([
      ['k8s/dir-out', 'input/outside-root', 'warning', 1, 1],
      ['k8s/file-out.yaml', 'input/outside-root', 'warning', 1, 1],
      ['k8s/settings.yaml', 'input/outside-root', 'warning', 1, 1],
    ]);
    expect(itemAt(found.notes, 2).message).toMatch(/\.git folder/);
    expect(found.skipped).toEqual({ hidden: 2, nodeModules: 1, ignored: 0, outsideRoot: 3 });
  });

  it('never reads the link target: no credential text in what is loaded', async () => {
    const loaded = await loadInputs(['k8s'], { cwd: root, root });
    expect(JSON.stringify(loaded)).not.toContain('FAKECREDENTIAL');
    expect(loaded.files).toEqual(['k8s/inside.yaml', 'k8s/ns.yaml']);
    expect(loaded.skipped.outsideRoot).toBe(3);
  });

  it('does not follow a link named on the command line out of the root', () => {
    const found = findInputFiles(['k8s/settings.yaml', 'k8s/file-out.yaml', 'k8s/dir-out', 'k8s/ns.yaml'], { cwd: root, root });
    expect(names(found.entries)).toEqual(['k8s/ns.yaml']);
    expect(found.notes.map((d) => d.range.file)).toEqual(['k8s/settings.yaml', 'k8s/file-out.yaml', 'k8s/dir-out']);
  });

  it('checks globs the same way', () => {
    const found = findInputFiles(['k8s/**/*.yaml'], { cwd: root, root });
    expect(names(found.entries)).toEqual(['k8s/inside.yaml', 'k8s/ns.yaml']);
    expect(found.notes.map((d) => d.range.file).sort()).toEqual(['k8s/file-out.yaml', 'k8s/settings.yaml']);
  });

  it('reads a path named outside the root (the command line is trusted), keeping links below it inside it', () => {
    symlinkSync(path.join(root, 'k8s', 'ns.yaml'), path.join(outside, 'back.yaml'));
    try {
      const found = findInputFiles([outside], { cwd: root, root });
      expect(found.entries.map((e) => (e.kind === 'file' ? path.basename(e.path) : '-'))).toEqual(['secret.yaml']);
      expect(found.notes.map((d) => path.basename(d.range.file))).toEqual(['back.yaml']);
    } finally {
      rmSync(path.join(outside, 'back.yaml'));
    }
  });

  it('follows every link when the root is widened to include their targets', () => {
    const found = findInputFiles(['k8s'], { cwd: root, root: base });
    expect(names(found.entries)).toEqual(['k8s/dir-out/secret.yaml', 'k8s/file-out.yaml', 'k8s/inside.yaml', 'k8s/ns.yaml']);
    // .git is refused whatever the root
    expect(found.notes.map((d) => d.range.file)).toEqual(['k8s/settings.yaml']);
  });

  it('counts ignored files, and checks an ignored file named on the command line with a note', () => {
    const walked = findInputFiles(['k8s'], { cwd: root, root, ignore: ['k8s/ns.yaml'] });
    expect(names(walked.entries)).toEqual(['k8s/inside.yaml']);
    expect(walked.skipped.ignored).toBe(1);
    const named = findInputFiles(['k8s/ns.yaml'], { cwd: root, root, ignore: ['k8s/ns.yaml'] });
    expect(names(named.entries)).toEqual(['k8s/ns.yaml']);
    expect(named.notes.map((d) => [d.range.file, d.ruleId, d.severity])).toEqual([['k8s/ns.yaml', 'input/ignore-overridden', 'info']]);
  });
});
