import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, podLabelsOf, podSpecOf, selectorMatches, type Labels, isKnownBelowReplicas, scalableKinds } from '../src/resources/index.js';

/** Whether a pod affinity term (or spread constraint) spreads these Pods over one of the topology keys. */
function spreads(term: unknown, labels: Labels, namespace: string, topologyKeys: readonly string[]): boolean {
  if (!isObject(term) || typeof term.topologyKey !== 'string' || !topologyKeys.includes(term.topologyKey)) return false;
  if (Array.isArray(term.namespaces) && term.namespaces.length > 0 && !term.namespaces.includes(namespace)) return false;
  return selectorMatches(term.labelSelector, labels);
}

export default defineRule({
  id: 'pod-anti-affinity-missing',
  summary: 'Replicated workloads spread their Pods over nodes with pod anti-affinity.',
  rationale:
    'Without anti-affinity, the scheduler may place every replica of a workload on the same node, and losing that node takes the whole service down at once.\n\n' +
    'drydock reports a Deployment or StatefulSet with at least `minReplicas` replicas (an unset `replicas`, usually owned by an autoscaler, counts; an HPA of the input counts with its `maxReplicas`) when its pod template has no required or preferred `podAntiAffinity` term over one of `topologyKeys` (`kubernetes.io/hostname` by default) whose `labelSelector` matches its own pod labels. ' +
    'A `topologySpreadConstraints` entry over one of those keys that selects the Pods counts too, unless `acceptTopologySpread` is off. ' +
    'Clusters often spread Pods by default (the scheduler\'s default topology spreading), which is why this rule is in the `strict` preset.',
  fix: 'Add a `preferredDuringSchedulingIgnoredDuringExecution` pod anti-affinity term with `topologyKey: kubernetes.io/hostname` and a `labelSelector` matching the pod labels, or a `topologySpreadConstraints` entry over that key.',
  category: 'scheduling',
  severity: 'warning',
  kinds: scalableKinds,
  preset: 'strict',
  messages: {
    missing: '{{kind}} "{{name}}" has no pod anti-affinity that keeps its replicas on different nodes.',
  },
  options: ruleOptions(
    {
      minReplicas: { type: 'integer', minimum: 2, description: 'Only report workloads that may run at least this many replicas.' },
      topologyKeys: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Topology keys a term may spread over.' },
      acceptTopologySpread: { type: 'boolean', description: 'Count a matching `topologySpreadConstraints` entry as spreading the Pods.' },
    },
    { minReplicas: 2, topologyKeys: ['kubernetes.io/hostname'], acceptTopologySpread: true },
  ),
  peers: { kubeLinter: 'no-anti-affinity', kubeScore: 'deployment-has-host-podantiaffinity' },
  peerDifferences:
    'Both peers accept only pod anti-affinity; drydock also accepts topology spread constraints over the same keys (`acceptTopologySpread`). kube-score\'s StatefulSet check is `statefulset-has-host-podantiaffinity`.',
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || isKnownBelowReplicas(resource, resources, defaultNamespace, options.minReplicas)) return;
    const labels = podLabelsOf(resource);
    const namespace = namespaceOf(resource, defaultNamespace);
    const anti = isObject(pod.spec.affinity) ? pod.spec.affinity.podAntiAffinity : undefined;
    const required = isObject(anti) ? anti.requiredDuringSchedulingIgnoredDuringExecution : undefined;
    const preferred = isObject(anti) ? anti.preferredDuringSchedulingIgnoredDuringExecution : undefined;
    const terms = [
      ...(Array.isArray(required) ? required : []),
      ...(Array.isArray(preferred) ? preferred.map((p: unknown) => (isObject(p) ? p.podAffinityTerm : undefined)) : []),
      ...(options.acceptTopologySpread && Array.isArray(pod.spec.topologySpreadConstraints) ? pod.spec.topologySpreadConstraints : []),
    ];
    if (terms.some((term) => spreads(term, labels, namespace, options.topologyKeys))) return;
    const path = isObject(pod.spec.affinity) ? [...pod.path, 'affinity', 'podAntiAffinity'] : [...pod.path, 'affinity'];
    report({ messageId: 'missing', path, data: { kind: resource.kind, name: resource.name } });
  },
});
