import { describe, expect, it } from 'vitest';
import { plan } from '../../src/index.js';
import { tempTrees } from '../helpers/temp-tree.js';

const tree = tempTrees('drydock-plan-order');
const configMap = (mode: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: ${mode}\n`;

// An object both built by a kustomization and written in a file no build reads (a README's
// example, a stray copy) is a clash the plan reports; whichever document wins, it must be the same
// one on the input side and on the base side, or an unchanged tree plans a spurious update.
describe('a base folder with an object both built and written alone', () => {
  it('plans no change against an identical base', async () => {
    const dir = tree({
      'app/kustomization.yaml': 'resources:\n  - built/settings.yaml\n',
      'app/built/settings.yaml': configMap('built'),
      'app/stray.yaml': configMap('stray'),
    });
    const result = await plan({ paths: ['app'], cwd: dir, root: dir, base: 'app', force: true });
    expect(result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line} ${d.ruleId}`)).toEqual(['app/stray.yaml:4 plan/duplicate-object']);
    expect(result.plan?.changes.map((change) => `${change.action} ${change.kind}/${change.name}`)).toEqual(['unchanged ConfigMap/settings']);
  });
});

describe('an object two overlays build', () => {
  it('is a clash that names both kustomizations, not the base line twice', async () => {
    const dir = tree({
      'k8s/base/kustomization.yaml': 'resources:\n  - settings.yaml\n',
      'k8s/base/settings.yaml': configMap('base'),
      'k8s/overlays/a/kustomization.yaml': 'resources:\n  - ../../base\n',
      'k8s/overlays/b/kustomization.yaml': 'resources:\n  - ../../base\n',
    });
    const result = await plan({ paths: ['k8s'], cwd: dir, root: dir, force: true });
    expect(result.diagnostics.map((d) => `${d.range.file}:${d.range.start.line} ${d.ruleId} ${d.message}`)).toEqual([
      'k8s/base/settings.yaml:4 plan/duplicate-object ConfigMap "settings" is built by two kustomizations (k8s/overlays/a/kustomization.yaml and k8s/overlays/b/kustomization.yaml); applied together, the later would overwrite the earlier: plan one overlay at a time',
    ]);
  });
});
