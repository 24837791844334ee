import { defineRule } from '../src/lint/rule-api.js';
import { isObject, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'topology-spread-invalid',
  summary: 'Each topologySpreadConstraint selects the Pods it spreads.',
  rationale:
    'A spread constraint without a `labelSelector` counts no Pods in any domain, so the skew is always zero and the constraint spreads nothing: the replicas can still all land in one zone, while the manifest suggests otherwise. ' +
    'The API server accepts such a constraint. The settings it rejects (`maxSkew` or `minDomains` below 1, `minDomains` with `ScheduleAnyway`, an empty `topologyKey`, an unknown `whenUnsatisfiable`, a repeated key and policy) are reported by validation as `api/topology-spread`.',
  fix: 'Give every constraint a `labelSelector` that matches the pod template\'s own labels (optionally with `matchLabelKeys: [pod-template-hash]`).',
  category: 'scheduling',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    noSelector: 'Topology spread constraint {{number}} has no labelSelector, so it counts no Pods and spreads nothing.',
  },
  peers: { kubeScore: 'pod-topology-spread-constraints' },
  peerDifferences:
    'kube-score reports one finding per pod for every problem of a constraint; drydock reports a missing selector here and leaves what the API server rejects to validation (`api/topology-spread` for invalid values, schema errors for missing required fields), so nothing is reported twice.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    const constraints = pod?.spec.topologySpreadConstraints;
    if (!pod || !Array.isArray(constraints)) return;
    constraints.forEach((constraint: unknown, index) => {
      if (!isObject(constraint)) return;
      if (constraint.labelSelector !== undefined && constraint.labelSelector !== null) return;
      // messages count constraints from 1, as a reader does
      report({ messageId: 'noSelector', path: [...pod.path, 'topologySpreadConstraints', index, 'labelSelector'], data: { number: index + 1 } });
    });
  },
});
