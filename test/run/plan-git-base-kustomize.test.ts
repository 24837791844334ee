import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: example/web:1.0\n';

describe('plan against a git ref base in a kustomize layout', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-git-kustomize-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('warns that the base is read file by file, at the kustomization it built, instead of planning silently wrong', async () => {
    mkdirSync(path.join(dir, 'app'));
    writeFileSync(path.join(dir, 'app', 'deployment.yaml'), deployment);
    writeFileSync(path.join(dir, 'app', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\nnamePrefix: prod-\n');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'app');
    const result = await plan({ paths: ['app'], cwd: dir, base: 'main' });
    expect(result.kustomizationsBuilt).toBe(1);
    const notes = result.diagnostics.filter((d) => d.ruleId === 'plan/base-not-built');
    expect(notes.map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.severity}`)).toEqual(['app/kustomization.yaml:1:1 warning']);
    expect(notes[0]?.message).toMatch(/^the base git:main is read file by file and its kustomizations are not built/);
  });

  it('says nothing of the kind for a folder base, whose kustomizations are built', async () => {
    const result = await plan({ paths: ['app'], cwd: dir, base: 'app' });
    expect(result.diagnostics.filter((d) => d.ruleId === 'plan/base-not-built')).toEqual([]);
    expect(result.plan?.changes.every((change) => change.action !== 'create' && change.action !== 'delete')).toBe(true);
  });
});
