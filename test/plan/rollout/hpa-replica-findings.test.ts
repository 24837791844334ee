import { describe, expect, it } from 'vitest';
import { hpaReplicaFindings } from '../../../src/plan/rollout/index.js';
import { ResourceSet, type JsonObject } from '../../../src/resources/index.js';
import { makeResources } from '../../helpers/make-resource.js';

const hpa = `
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web-hpa}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 10}
`;
const deployment = (replicas: string) => `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
${replicas}
  template: {spec: {containers: [{name: web, image: web}]}}
---`;

function findings(after: string, before: JsonObject) {
  const set = new ResourceSet(makeResources(`${after}${hpa}`));
  const workload = set.find('Deployment', 'web');
  if (!workload) throw new Error('no Deployment');
  return hpaReplicaFindings(before, workload, set, 'default').map((f) => [f.code, f.path.join('.'), f.message]);
}

describe('hpaReplicaFindings', () => {
  it('warns that an apply resets an HPA-managed replica count', () => {
    expect(findings(deployment('  replicas: 3'), { spec: { replicas: 7 } })).toEqual([[
      'replicas-reset-by-apply', 'spec.replicas',
      'replicas is managed by HorizontalPodAutoscaler web-hpa; applying resets it from 7 to 3 until the HPA rescales.',
    ]]);
    expect(findings(deployment('  replicas: 3'), { spec: { replicas: 3 } })).toEqual([]);
  });

  it('warns of the one-time drop to 1 when replicas is removed after the last apply set it', () => {
    const live = { metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"spec":{"replicas":3}}' } }, spec: { replicas: 6 } };
    expect(findings(deployment('  paused: false'), live).map((f) => f[0])).toEqual(['replicas-drop-to-one']);
    const edited = { metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{"spec":{}}' } }, spec: { replicas: 6 } };
    expect(findings(deployment('  paused: false'), edited)).toEqual([]);
  });
});
