import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, podLabelsOf, selectorMatches, valueAt, type Resource, ofKindIn, workloadKinds } from '../src/resources/index.js';

type Direction = 'Ingress' | 'Egress';

/** The policy types a NetworkPolicy enforces: its `policyTypes`, else Ingress plus Egress when it has egress rules. */
function policyTypesOf(policy: Resource): string[] {
  const spec = policy.object.spec;
  if (!isObject(spec)) return [];
  if (Array.isArray(spec.policyTypes)) return spec.policyTypes.filter((t): t is string => typeof t === 'string');
  return spec.egress !== undefined && spec.egress !== null ? ['Ingress', 'Egress'] : ['Ingress'];
}

export default defineRule({
  id: 'networkpolicy-coverage',
  summary: 'Every workload\'s Pods are isolated by a NetworkPolicy, for ingress and egress.',
  rationale:
    'Pods that no NetworkPolicy selects accept traffic from, and send traffic to, anything in the cluster: one compromised Pod can reach every other. A policy isolates its Pods only in the directions its `policyTypes` name.\n\n' +
    'drydock looks for NetworkPolicies in the workload\'s namespace of the input whose `podSelector` matches the pod template labels, and reports when there is none, or when together they leave out a direction listed in `requirePolicyTypes` (both `Ingress` and `Egress` by default). ' +
    'A policy without `policyTypes` enforces `Ingress`, plus `Egress` when it has `egress` rules. A policy type with an empty rule list isolates that direction completely, which counts.',
  fix: 'Add a NetworkPolicy that selects the Pods (a default-deny policy with an empty `podSelector` covers the whole namespace) and lists both `Ingress` and `Egress` in `policyTypes`, with rules for the traffic the Pods need.',
  category: 'networking',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    notSelected: 'The Pods of {{kind}} "{{name}}" are not selected by any NetworkPolicy in namespace "{{namespace}}".',
    directionOpen: 'The NetworkPolicies selecting the Pods of {{kind}} "{{name}}" do not restrict {{direction}} traffic.',
  },
  options: ruleOptions(
    {
      requirePolicyTypes: {
        type: 'array',
        items: { enum: ['Ingress', 'Egress'] },
        uniqueItems: true,
        description: 'The directions the selecting policies must restrict; `[]` only asks for some selecting policy.',
      },
    },
    { requirePolicyTypes: ['Ingress', 'Egress'] as Direction[] },
  ),
  peers: { kubeLinter: 'non-isolated-pod', kubeScore: 'pod-networkpolicy', polaris: 'missingNetworkPolicy' },
  peerDifferences:
    'kube-linter only asks for a selecting policy (`requirePolicyTypes: []`). Like kube-score and Polaris, drydock asks for both directions by default; unlike Polaris, it accepts a policy type with an empty rule list, which denies all traffic in that direction.',
  check({ resource, resources, defaultNamespace, options, report }) {
    const labels = podLabelsOf(resource);
    const namespace = namespaceOf(resource, defaultNamespace);
    const policies = ofKindIn(resources, 'NetworkPolicy', namespace, defaultNamespace).filter((p) =>
      selectorMatches(valueAt(p.object, ['spec', 'podSelector']), labels),
    );
    const data = { kind: resource.kind, name: resource.name, namespace };
    if (policies.length === 0) {
      report({ messageId: 'notSelected', path: ['metadata', 'name'], data });
      return;
    }
    const enforced = new Set(policies.flatMap(policyTypesOf));
    for (const direction of options.requirePolicyTypes) {
      if (!enforced.has(direction)) report({ messageId: 'directionOpen', path: ['metadata', 'name'], data: { ...data, direction: direction.toLowerCase() } });
    }
  },
});
