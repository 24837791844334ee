import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, validate } from '../../src/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('drydock-ignore-base');

/** A temporary git repository holding `files`, committed. */
function committed(files: Record<string, string>): string {
  const dir = tree(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  return dir;
}

/** The plan's changes as `action Kind/name`. */
const changesOf = (result: Awaited<ReturnType<typeof plan>>) => result.plan?.changes.map((change) => `${change.action} ${change.kind}/${change.name}`);

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
// a ConfigMap with a field the schema does not know: an error wherever it is read
const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: legacy\nspec: {}\n';

// `ignore:` globs are relative to the folder of the config that holds them, wherever the run
// starts: a run from k8s/ with a config at the top still ignores `k8s/legacy/**`.
describe('ignore: globs relative to the config file', () => {
  const dir = committed({
    '.drydock.yaml': 'ignore: ["k8s/legacy/**"]\n',
    'k8s/app/settings.yaml': configMap('settings'),
    'k8s/legacy/old.yaml': broken,
  });
  const k8s = path.join(dir, 'k8s');

  it('leaves out what they match in a walk started below the config', async () => {
    const result = await validate({ paths: ['.'], cwd: k8s });
    expect(result.files).toEqual(['app/settings.yaml']);
    expect(result.diagnostics).toEqual([]);
  });

  it('leaves out what they match in a git-ref base and a folder base', async () => {
    for (const base of ['HEAD', '.']) {
      const result = await plan({ paths: ['.'], cwd: k8s, base, prune: true });
      expect(result.diagnostics).toEqual([]);
      expect(changesOf(result)).toEqual(['unchanged ConfigMap/settings']);
    }
  });
});

// a glob naming a folder (`legacy`, no `/**`) leaves out the files below it in a walk; a git
// ref's files are chosen as that walk would choose them
describe('an ignore: glob that names a folder', () => {
  const dir = committed({
    '.drydock.yaml': 'ignore: ["legacy"]\n',
    'app/settings.yaml': configMap('settings'),
    'legacy/old.yaml': broken,
  });

  it('leaves the folder out of a walk, a git-ref base and a folder base alike', async () => {
    const result = await validate({ paths: ['.'], cwd: dir });
    expect(result.files).toEqual(['app/settings.yaml']);
    for (const base of ['HEAD', '.']) {
      const planned = await plan({ paths: ['.'], cwd: dir, base, prune: true });
      expect(planned.diagnostics).toEqual([]);
      expect(changesOf(planned)).toEqual(['unchanged ConfigMap/settings']);
    }
  });
});
