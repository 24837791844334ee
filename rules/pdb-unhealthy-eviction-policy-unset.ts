import { defineRule } from '../src/lint/rule-api.js';
import { isObject } from '../src/resources/index.js';

export default defineRule({
  id: 'pdb-unhealthy-eviction-policy-unset',
  summary: 'A PodDisruptionBudget chooses its unhealthyPodEvictionPolicy.',
  rationale:
    'When `spec.unhealthyPodEvictionPolicy` is unset, the API server uses `IfHealthyBudget`: a Pod that is running but not ready may only be evicted while the budget is met. ' +
    'If the application is broken (every Pod crash-looping or failing its readiness probe), the budget is never met, and the Pods that are already down block `kubectl drain`, node upgrades and autoscaler scale-down until someone deletes the budget.\n\n' +
    '`AlwaysAllow` lets such Pods be evicted, which costs nothing since they serve no traffic; the Kubernetes documentation recommends it for most workloads. ' +
    'drydock asks for an explicit choice: either value is accepted, only a missing field is reported.',
  fix: 'Set `spec.unhealthyPodEvictionPolicy: AlwaysAllow`, or `IfHealthyBudget` if unready Pods of this application must not be evicted (for example a quorum store whose Pods are unready while they catch up).',
  category: 'reliability',
  severity: 'info',
  kinds: ['PodDisruptionBudget'],
  preset: 'strict',
  messages: {
    unset: 'PodDisruptionBudget "{{pdb}}" leaves unhealthyPodEvictionPolicy unset, so Pods that are not ready may block node drains.',
  },
  peers: { kubeLinter: 'pdb-unhealthy-pod-eviction-policy' },
  peerDifferences: 'kube-linter enables its check by default; drydock keeps it in the `strict` preset with severity `info`, since the field is a newer setting (GA in Kubernetes 1.31) that most manifests do not set yet.',
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.unhealthyPodEvictionPolicy !== undefined) return;
    report({ messageId: 'unset', path: ['spec', 'unhealthyPodEvictionPolicy'], data: { pdb: resource.name } });
  },
});
