import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, type PlanRunResult } from '../../src/index.js';
import { GitTree } from '../../src/load/index.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: example/web:1.0\n';
const replicas = (count: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: ${count}\n`;

/** A file tree: path → text. */
function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

const line = (d: PlanRunResult['diagnostics'][number]) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.severity}`;

// one repository, one commit, one plan: git is slow to start, so the cases share them
describe('plan against a git ref base in a kustomize layout', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'drydock-git-kustomize-'));
  const dir = path.join(temp, 'repo');
  let result: PlanRunResult;
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  beforeAll(async () => {
    // outside the repository: a build at the ref must neither read it nor tell whether it exists
    write(temp, { 'outside.yaml': replicas(9), 'outside.env': 'TOKEN=leaked\n' });
    write(dir, {
      'base/deployment.yaml': deployment,
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: prod-\npatches:\n  - path: replicas.yaml\n',
      'overlays/prod/replicas.yaml': replicas(2),
      'overlays/broken/kustomization.yaml': [
        'resources:',
        '  - ../../base',
        '  - link.yaml',
        '  - missing.yaml',
        '  - ../../../outside.yaml',
        '  - ../../vendor/app',
        'nameSuffix: -broken',
        'patchesStrategicMerge:',
        '  - ../../../outside.yaml',
        'configMapGenerator:',
        '  - name: env',
        '    envs:',
        '      - ../../../outside.env',
        '',
      ].join('\n'),
    });
    // a link at the ref (mode 120000) to a file of the repository: never followed there
    symlinkSync('../../base/deployment.yaml', path.join(dir, 'overlays', 'broken', 'link.yaml'));
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    // a submodule at the ref (mode 160000): never entered
    git(dir, 'update-index', '--add', '--cacheinfo', '160000,0123456789012345678901234567890123456789,vendor');
    git(dir, 'commit', '-q', '-m', 'layout');
    // the working tree: the prod overlay patched further, the broken one gone
    write(dir, { 'overlays/prod/replicas.yaml': replicas(3) });
    rmSync(path.join(dir, 'overlays', 'broken'), { recursive: true });
    result = await plan({ paths: ['overlays'], cwd: dir, base: 'HEAD' });
  });

  it('compares the overlay built here with the same overlay built from the ref: an update of the built object', () => {
    expect(result.kustomizationsBuilt).toBe(1);
    const changes = result.plan!.changes.filter((change) => change.action !== 'unchanged');
    expect(changes.map((change) => `${change.action} ${change.kind}/${change.name}`)).toEqual(['update Deployment/prod-web']);
    expect(changes[0]!.fields).toEqual([{ path: 'spec.replicas', before: 2, after: 3 }]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'plan/base-not-built')).toEqual([]);
  });

  it('reports what the ref\'s kustomization may not read, at its lines named <ref>:<path>, as warnings of the base', () => {
    const base = result.diagnostics.filter((d) => d.range.file.startsWith('HEAD:'));
    expect(base.map(line)).toEqual([
      'HEAD:overlays/broken/kustomization.yaml:3:5 input/outside-root warning',
      'HEAD:overlays/broken/kustomization.yaml:4:5 kustomize/missing-resource warning',
      'HEAD:overlays/broken/kustomization.yaml:5:5 input/outside-root warning',
      'HEAD:overlays/broken/kustomization.yaml:6:5 input/outside-root warning',
      'HEAD:overlays/broken/kustomization.yaml:9:5 input/outside-root warning',
      'HEAD:overlays/broken/kustomization.yaml:13:9 input/outside-root warning',
    ]);
    expect(base.map((d) => d.message)).toEqual([
      'not read: this kustomization entry is, or leads through, a link or a submodule of the git ref; drydock follows neither there',
      'in the base: no such file or folder: "missing.yaml"',
      "not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
      'not read: this kustomization entry is, or leads through, a link or a submodule of the git ref; drydock follows neither there',
      "not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
      "not read: this kustomization entry leads outside the run's root (see --root); drydock reads nothing there",
    ]);
  });

  it('reads a commit as a file tree: kinds of paths, links and submodules refused, reads bounded before they start', () => {
    const tree = GitTree.open('HEAD', dir);
    const at = (relative: string) => path.join(dir, relative);
    expect(['base', 'base/deployment.yaml', 'vendor', 'overlays/broken/link.yaml', 'nothing'].map((file) => tree.kindOf(at(file)))).toEqual(['folder', 'file', 'folder', 'file', 'absent']);
    expect(['base/deployment.yaml', 'vendor/app', 'overlays/broken/link.yaml', '../outside.yaml'].map((file) => tree.refusal(at(file)))).toEqual([undefined, 'link', 'link', 'outside']);
    expect(tree.read(at('base/deployment.yaml'), 100)).toEqual({ ok: false, code: 'too-large', message: `the file is 1 KiB, over the 1 KiB limit for one manifest file` });
    const read = tree.read(at('base/deployment.yaml'), 1 << 20);
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe(deployment);
    expect(tree.read(at('overlays/broken/link.yaml'), 1 << 20).ok).toBe(false);
    expect(tree.subfolders(at('overlays'))).toEqual([at('overlays/broken'), at('overlays/prod')]);
    expect(tree.displayName(at('overlays/prod/replicas.yaml'))).toBe('HEAD:overlays/prod/replicas.yaml');
  });
});
