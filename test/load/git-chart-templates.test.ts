import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('drydock-git-chart');

// A chart's templates are skipped in the working tree (Helm renders them first); at a git ref
// they must be skipped alike, or the plan finds in the base an object the input never has.
describe('a Helm chart in a git-ref base', () => {
  it('skips its templates as the working tree does: no object of the base goes missing', async () => {
    const dir = tree({
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 0.1.0\n',
      // templated, yet YAML that parses: only the Chart.yaml beside templates/ says to skip it
      'c/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "{{ .Release.Name }}"\n',
      'c/plain.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plain\n',
    });
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=drydock', '-c', 'user.email=drydock@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'ignore' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const result = await plan({ paths: ['c'], cwd: dir, base: 'HEAD', prune: true });
    expect(result.plan?.changes.map((change) => `${change.action} ${change.kind}/${change.name}`)).toEqual(['unchanged ConfigMap/plain']);
  });
});
