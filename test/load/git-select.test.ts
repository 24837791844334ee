import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayName, findInputFiles, GitTree, selectGitFiles } from '../../src/load/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('drydock-git-select');
const object = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n';

// A base at a git ref is the same paths as the working tree holds, read at the ref: for a commit
// of the working tree as it is, the ref's selection is the walk's, file for file, in its order.
describe('the files of a git ref that the command line selects', () => {
  const dir = tree({
    'k8s/app/deploy.yaml': object,
    'k8s/app/Kustomization': 'resources: [deploy.yaml]\n',
    'k8s/app-v2/deploy.yaml': object,
    'k8s/vendor/chart.yaml': object,
    'k8s/vendor/deep/chart.yaml': object,
    'k8s/skip.yaml': object,
    'k8s/run.sh': 'echo\n',
    'k8s/README': 'read me\n',
    'k8s/node_modules/m.yaml': object,
    'k8s/.hidden/h.yaml': object,
    'k8s/sub/node_modules/n.yaml': object,
  });
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  execFileSync('git', ['add', '.'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'tree'], { cwd: dir });
  const ignore = ['k8s/vendor', 'k8s/skip.yaml'];
  const at = GitTree.open('HEAD', dir);

  it.each([[['k8s']], [['k8s/*']], [['k8s/**']], [['k8s/**/*.yaml']], [['k8s/skip.yaml', 'k8s/run.sh']], [['k8s/app', 'k8s/app/deploy.yaml']]])('selects what a walk finds for %j', (inputs) => {
    const walked = findInputFiles(inputs, { cwd: dir, ignore, ignoreBase: dir, root: dir }).entries;
    expect(selectGitFiles(at, inputs, { ignore, ignoreBase: dir })).toEqual(walked);
  });

  it('selects the same paths from a working directory reached through a link, and names them from it', () => {
    const link = path.join(tree({}), 'link');
    symlinkSync(dir, link);
    const walked = findInputFiles(['k8s'], { cwd: link, ignore, ignoreBase: link }).entries.flatMap((entry) => (entry.kind === 'file' ? [`HEAD:${displayName(entry.path, link)}`] : []));
    const fromLink = GitTree.open('HEAD', link);
    // before, git's top-level (a real path) and the link's paths met nowhere: the base held no file
    expect(selectGitFiles(fromLink, ['k8s'], { ignore, ignoreBase: link }).flatMap((entry) => (entry.kind === 'file' ? [fromLink.displayName(entry.path)] : []))).toEqual(walked);
    expect(walked).toEqual(['HEAD:k8s/app/Kustomization', 'HEAD:k8s/app/deploy.yaml', 'HEAD:k8s/app-v2/deploy.yaml']);
  });
});
