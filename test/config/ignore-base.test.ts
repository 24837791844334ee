import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan, validate } from '../../src/index.js';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
// a ConfigMap with a field the schema does not know: an error wherever it is read
const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\nspec: {}\n';

// `ignore:` globs are relative to the folder of the config that holds them, wherever the run
// starts: a run from k8s/ with a config at the top still ignores `k8s/legacy/**`.
describe('ignore: globs relative to the config file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-ignore-base-'));
  const k8s = path.join(dir, 'k8s');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const files: Record<string, string> = {
      '.drydock.yaml': 'ignore: ["k8s/legacy/**"]\n',
      'k8s/app/settings.yaml': configMap('settings'),
      'k8s/legacy/old.yaml': broken,
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
  });

  it('leaves out what they match in a walk started below the config', async () => {
    const result = await validate({ paths: ['.'], cwd: k8s });
    expect(result.files).toEqual(['app/settings.yaml']);
    expect(result.diagnostics).toEqual([]);
  });

  it('leaves out what they match in a git-ref base and a folder base', async () => {
    for (const base of ['HEAD', '.']) {
      const result = await plan({ paths: ['.'], cwd: k8s, base, prune: true });
      expect(result.diagnostics).toEqual([]);
      expect(result.plan?.changes.map((change) => `${change.action} ${change.kind}/${change.name}`)).toEqual(['unchanged ConfigMap/settings']);
    }
  });
});

// a glob naming a folder (`legacy`, no `/**`) leaves out the files below it in a walk; a git
// ref's files are chosen as that walk would choose them
describe('an ignore: glob that names a folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-ignore-folder-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    const files: Record<string, string> = {
      '.drydock.yaml': 'ignore: ["legacy"]\n',
      'app/settings.yaml': configMap('settings'),
      'legacy/old.yaml': broken,
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'base');
  });

  it('leaves the folder out of a walk, a git-ref base and a folder base alike', async () => {
    const result = await validate({ paths: ['.'], cwd: dir });
    expect(result.files).toEqual(['app/settings.yaml']);
    for (const base of ['HEAD', '.']) {
      const planned = await plan({ paths: ['.'], cwd: dir, base, prune: true });
      expect(planned.diagnostics).toEqual([]);
      expect(planned.plan?.changes.map((change) => `${change.action} ${change.kind}/${change.name}`)).toEqual(['unchanged ConfigMap/settings']);
    }
  });
});
