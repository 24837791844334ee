import { describe, expect, it } from 'vitest';
import { daemonSetRollout, planRollout, rollingUpdateBounds, rolloutFindings } from '../../../src/plan/rollout/index.js';
import { ResourceSet, parseIntOrPercent, type JsonObject } from '../../../src/resources/index.js';
import { found } from '../../validate/api-findings.js';
import { makeResource, makeResources } from '../../helpers/make-resource.js';

// The API server rejects a string of digits without `%` in every int-or-percent field
// (ValidatePositiveIntOrPercent: "a valid percent string must be a numeric string followed by an
// ending '%'"), so the planner reads "3" as no count, as validate does, never as 3.
describe('a string of digits in an int-or-percent field', () => {
  it('is no count, and neither is a percentage with spaces', () => {
    expect(parseIntOrPercent('3')).toBeUndefined();
    expect(parseIntOrPercent(' 50%')).toBeUndefined();
    expect(parseIntOrPercent('50%')).toEqual({ kind: 'percent', value: 50 });
    expect(parseIntOrPercent(3)).toEqual({ kind: 'int', value: 3 });
  });

  it('leaves a Deployment maxSurge at its 25% default', () => {
    expect(rollingUpdateBounds(4, '3', '25%').maxSurge).toBe(1);
  });

  it('leaves a Deployment maxUnavailable at its 25% default', () => {
    expect(rollingUpdateBounds(4, '25%', '3').maxUnavailable).toBe(1);
  });

  it('leaves a DaemonSet maxUnavailable at one node', () => {
    expect(daemonSetRollout({ nodeCount: 4, maxUnavailable: '3', hasOldPods: true }).maxUnavailable).toBe(1);
  });

  it('does not make a DaemonSet surge', () => {
    expect(daemonSetRollout({ nodeCount: 4, maxSurge: '3', maxUnavailable: 0, hasOldPods: true }).maxSurge).toBe(0);
  });

  it('leaves a StatefulSet maxUnavailable at one Pod', () => {
    const sts = (image: string) => `
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 4
  updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: "3"}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: "${image}"}]}
`;
    const rollout = planRollout(makeResource(sts('db:1')).object as JsonObject, makeResource(sts('db:2')), { kubernetesVersion: '1.36' });
    expect(rollout?.parameters).toMatchObject({ maxUnavailable: 1 });
  });

  it('is not a PodDisruptionBudget minAvailable that blocks every eviction', () => {
    const yaml = `
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 3
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: web}]}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec: {minAvailable: "3", selector: {matchLabels: {app: web}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: none}
spec: {maxUnavailable: "0", selector: {matchLabels: {app: web}}}
`;
    const resources = makeResources(yaml);
    expect(rolloutFindings(new ResourceSet(resources), { defaultNamespace: 'default', kubernetesVersion: '1.36' })).toEqual([]);
    // validate is where such a budget is reported
    expect(found(yaml, 'pod-disruption-budget')).toEqual([['invalidPercent', 15, 22], ['invalidPercent', 20, 24]]);
  });
});
