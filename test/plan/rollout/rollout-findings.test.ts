import { describe, expect, it } from 'vitest';
import { rolloutFindings } from '../../../src/plan/rollout/index.js';
import { ResourceSet } from '../../../src/resources/index.js';
import { makeResources } from '../../helpers/make-resource.js';
import { itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default', kubernetesVersion: '1.36' };
const findingsOf = (yaml: string) =>
  rolloutFindings(new ResourceSet(makeResources(yaml)), options).map((f) => [f.code, f.resource.name, f.path.join('.')]);

function deployment(name: string, replicas: number, strategy: string): string {
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  strategy: ${strategy}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: c}]}
---`;
}

describe('rolloutFindings', () => {
  it('flags a maxUnavailable that lets every ready replica go, not the default bounds', () => {
    expect(findingsOf([
      deployment('one', 1, '{rollingUpdate: {maxUnavailable: 1}}'),
      deployment('all', 4, '{rollingUpdate: {maxUnavailable: "100%"}}'),
      deployment('fine', 1, '{type: RollingUpdate}'),
      deployment('quarter', 4, '{rollingUpdate: {maxUnavailable: "25%"}}'),
    ].join('\n'))).toEqual([
      ['unavailable-drops-all', 'one', 'spec.strategy.rollingUpdate.maxUnavailable'],
      ['unavailable-drops-all', 'all', 'spec.strategy.rollingUpdate.maxUnavailable'],
    ]);
  });

  it('flags Recreate as downtime at every rollout', () => {
    const findings = rolloutFindings(new ResourceSet(makeResources(deployment('solo', 1, '{type: Recreate}'))), options);
    expect(findings).toMatchObject([{ code: 'recreate-downtime', path: ['spec', 'strategy', 'type'] }]);
    expect(itemAt(findings, 0).message).toBe('Strategy Recreate stops its only Pod before starting new ones: every rollout is an outage.');
  });

  it('flags PodDisruptionBudgets that block node drains at the replica count', () => {
    const pdb = (name: string, field: string) => `
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: ${name}}
spec:
  ${field}
  selector: {matchLabels: {app: web}}
---`;
    expect(findingsOf([
      deployment('web', 2, '{type: RollingUpdate}'),
      pdb('all', 'minAvailable: 2'),
      pdb('hundred', 'minAvailable: "100%"'),
      pdb('none', 'maxUnavailable: 0'),
      pdb('ok', 'minAvailable: 1'),
      pdb('ok-percent', 'maxUnavailable: "10%"'),
    ].join('\n'))).toEqual([
      ['pdb-blocks-drain', 'all', 'spec.minAvailable'],
      ['pdb-blocks-drain', 'hundred', 'spec.minAvailable'],
      ['pdb-blocks-drain', 'none', 'spec.maxUnavailable'],
    ]);
  });

  it('judges a PDB at the HPA minReplicas of the workload', () => {
    expect(findingsOf(`${deployment('web', 5, '{type: RollingUpdate}')}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 10}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec: {minAvailable: 2, selector: {matchLabels: {app: web}}}
`)).toEqual([['pdb-blocks-drain', 'web', 'spec.minAvailable']]);
  });
});
