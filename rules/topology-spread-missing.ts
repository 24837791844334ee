import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, replicatedKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'topology-spread-missing',
  summary: 'Replicated workloads declare topologySpreadConstraints.',
  rationale:
    'Without spread constraints, the scheduler may place every replica in one zone or on one node; losing that zone or node then takes the whole workload down, however many replicas it has.',
  fix: 'Add `topologySpreadConstraints` to the pod spec, for example `maxSkew: 1` over `topology.kubernetes.io/zone` with a `labelSelector` matching the pod labels and `whenUnsatisfiable: ScheduleAnyway`.',
  category: 'scheduling',
  severity: 'info',
  kinds: replicatedKinds,
  preset: 'all',
  messages: {
    missing: '"{{name}}" declares no topologySpreadConstraints.',
  },
  peers: { polaris: 'topologySpreadConstraint' },
  peerDifferences: 'Polaris checks every workload kind; drydock checks the replicated ones only (a DaemonSet already runs one Pod per node, a Job or a bare Pod has nothing to spread).',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const constraints = pod.spec.topologySpreadConstraints;
    if (!Array.isArray(constraints) || constraints.length === 0) {
      report({ messageId: 'missing', path: [...pod.path, 'topologySpreadConstraints'], data: { name: resource.name } });
    }
  },
});
