import { defineRule, workloadKinds } from '../src/lint/rule-api.js';
import { isObject, podSpecOf } from '../src/resources/index.js';

const policies = ['DoNotSchedule', 'ScheduleAnyway'];

export default defineRule({
  id: 'topology-spread-invalid',
  summary: 'Each topologySpreadConstraint selects the pods it spreads and has valid settings.',
  rationale:
    'A spread constraint without a `labelSelector` counts no Pods in any domain, so the skew is always zero and the constraint spreads nothing: the replicas can still all land in one zone, while the manifest suggests otherwise. The other settings this rule checks (`maxSkew` and `minDomains` of at least 1, a non-empty `topologyKey`, `whenUnsatisfiable` being `DoNotSchedule` or `ScheduleAnyway`, `minDomains` only with `DoNotSchedule`, no two constraints with the same key and policy) are ones the API server rejects, so the workload would not be created at all.',
  fix: 'Give every constraint a `labelSelector` that matches the pod template\'s own labels (optionally with `matchLabelKeys: [pod-template-hash]`), `maxSkew: 1` or more, a node label such as `topology.kubernetes.io/zone` as `topologyKey`, and `whenUnsatisfiable: DoNotSchedule` or `ScheduleAnyway`.',
  category: 'scheduling',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    noSelector: 'Topology spread constraint {{number}} has no labelSelector, so it counts no Pods and spreads nothing.',
    maxSkew: 'Topology spread constraint {{number}} has maxSkew {{value}}; it must be at least 1.',
    minDomains: 'Topology spread constraint {{number}} has minDomains {{value}}; it must be at least 1.',
    minDomainsPolicy: 'Topology spread constraint {{number}} sets minDomains, which is only allowed with whenUnsatisfiable DoNotSchedule.',
    topologyKey: 'Topology spread constraint {{number}} has an empty topologyKey.',
    whenUnsatisfiable: 'Topology spread constraint {{number}} has whenUnsatisfiable "{{value}}"; it must be DoNotSchedule or ScheduleAnyway.',
    duplicate: 'Topology spread constraint {{number}} repeats the topologyKey "{{key}}" and whenUnsatisfiable {{policy}} of constraint {{first}}.',
  },
  peers: { kubeScore: 'pod-topology-spread-constraints' },
  peerDifferences:
    'kube-score reports one finding per pod; drydock reports each problem at the field it concerns, also checks `minDomains` with `ScheduleAnyway` and repeated constraints, and leaves a missing `maxSkew`, `topologyKey` or `whenUnsatisfiable` to schema validation, which already reports required fields.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    const constraints = pod?.spec.topologySpreadConstraints;
    if (!pod || !Array.isArray(constraints)) return;
    const seen = new Map<string, number>();
    constraints.forEach((constraint: unknown, index) => {
      if (!isObject(constraint)) return;
      // messages count constraints from 1, as a reader does
      const number = index + 1;
      const path = [...pod.path, 'topologySpreadConstraints', index];
      const { labelSelector, maxSkew, minDomains, topologyKey, whenUnsatisfiable } = constraint;
      if (labelSelector === undefined || labelSelector === null) report({ messageId: 'noSelector', path: [...path, 'labelSelector'], data: { number } });
      // non-integers are schema errors
      if (isInteger(maxSkew) && maxSkew < 1) report({ messageId: 'maxSkew', path: [...path, 'maxSkew'], data: { number, value: maxSkew } });
      if (isInteger(minDomains) && minDomains < 1) {
        report({ messageId: 'minDomains', path: [...path, 'minDomains'], data: { number, value: minDomains } });
      } else if (isInteger(minDomains) && typeof whenUnsatisfiable === 'string' && whenUnsatisfiable !== 'DoNotSchedule' && policies.includes(whenUnsatisfiable)) {
        report({ messageId: 'minDomainsPolicy', path: [...path, 'minDomains'], data: { number } });
      }
      if (topologyKey === '') report({ messageId: 'topologyKey', path: [...path, 'topologyKey'], data: { number } });
      if (typeof whenUnsatisfiable === 'string' && !policies.includes(whenUnsatisfiable)) {
        report({ messageId: 'whenUnsatisfiable', path: [...path, 'whenUnsatisfiable'], data: { number, value: whenUnsatisfiable } });
      }
      if (typeof topologyKey === 'string' && topologyKey !== '' && typeof whenUnsatisfiable === 'string') {
        const key = `${topologyKey}\n${whenUnsatisfiable}`;
        const first = seen.get(key);
        if (first === undefined) seen.set(key, number);
        else report({ messageId: 'duplicate', path, data: { number, first, key: topologyKey, policy: whenUnsatisfiable } });
      }
    });
  },
});

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
