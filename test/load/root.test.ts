import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { confinementOf, pathProblem, resolveRoot } from '../../src/load/root.js';
import { isInside } from '../../src/resources/index.js';
import { DrydockError } from '../../src/resources/index.js';

const base = realpathSync(mkdtempSync(path.join(tmpdir(), 'drydock-root-')));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the run root', () => {
  it('is the git top-level of the working directory', () => {
    const repo = path.join(base, 'repo');
    mkdirSync(path.join(repo, 'k8s', 'apps'), { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: repo });
    expect(resolveRoot(path.join(repo, 'k8s', 'apps'))).toBe(repo);
  });

  it('is the folder holding .git when git cannot answer', () => {
    const checkout = path.join(base, 'no-git-binary');
    mkdirSync(path.join(checkout, '.git'), { recursive: true });
    mkdirSync(path.join(checkout, 'k8s'));
    // an empty .git folder is no repository to git, as a checkout git refuses to trust is not
    expect(resolveRoot(path.join(checkout, 'k8s'))).toBe(checkout);
  });

  it('is the folder of a .git file (a git worktree or submodule), found from a linked working directory', () => {
    const worktree = path.join(base, 'worktree');
    mkdirSync(path.join(worktree, 'k8s'), { recursive: true });
    writeFileSync(path.join(worktree, '.git'), 'gitdir: /elsewhere/.git/worktrees/w\n');
    symlinkSync(path.join(worktree, 'k8s'), path.join(base, 'k8s-link'));
    expect(resolveRoot(path.join(base, 'k8s-link'))).toBe(worktree);
  });

  it('is the working directory outside git, and --root replaces it', () => {
    const plain = path.join(base, 'plain', 'inner');
    mkdirSync(plain, { recursive: true });
    expect(resolveRoot(plain)).toBe(plain);
    expect(resolveRoot(plain, '..')).toBe(path.dirname(plain));
    expect(() => resolveRoot(plain, 'missing')).toThrow(DrydockError);
  });

  it('tells inside from outside without being fooled by a shared prefix', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c.yaml')).toBe(true);
    expect(isInside('/a/b', '/a/bc/d.yaml')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
    expect(isInside('/a/b', '/a/b/..foo')).toBe(true);
  });

  it('refuses paths outside the root and inside .git', () => {
    expect(confinementOf('/r', '/r/k8s/a.yaml')).toBeUndefined();
    expect(confinementOf('/r', '/etc/passwd')).toBe('outside');
    expect(confinementOf('/r', '/r/.git/config')).toBe('git-dir');
    expect(confinementOf('/r', '/r/vendor/.git/config')).toBe('git-dir');
    // the same folder on a case-insensitive file system (macOS, Windows runners)
    expect(confinementOf('/r', '/r/.GIT/config')).toBe('git-dir');
    expect(confinementOf('/r', '/r/.Git/config')).toBe('git-dir');
  });

  it('follows links before judging a path', () => {
    const root = path.join(base, 'linked');
    mkdirSync(root);
    symlinkSync('/etc', path.join(root, 'etc'));
    expect(pathProblem(root, path.join(root, 'etc', 'hostname'))).toMatch(/outside the root/);
    expect(pathProblem(root, path.join(root, 'etc'))).toMatch(/outside the root/);
    expect(pathProblem(root, path.join(root, 'new.yaml'))).toBeUndefined();
  });

  it('refuses a path through a link out of the root whether or not its target exists (it tells nothing of what lies outside)', () => {
    const root = path.join(base, 'dangling');
    mkdirSync(root);
    writeFileSync(path.join(base, 'present.yaml'), 'x: 1\n');
    symlinkSync('../present.yaml', path.join(root, 'present.yaml'));
    symlinkSync('../absent.yaml', path.join(root, 'absent.yaml'));
    symlinkSync('../nowhere', path.join(root, 'gone'));
    for (const file of ['present.yaml', 'absent.yaml', 'gone/cluster.yaml']) expect(pathProblem(root, path.join(root, file)), file).toMatch(/outside the root/);
  });
});
