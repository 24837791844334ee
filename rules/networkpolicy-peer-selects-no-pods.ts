import { defineRule, selectionOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, podCreatorsOf, podLabelsOf, selectorMatches, shouldJudgeSelection, type JsonPath } from '../src/resources/index.js';

const directions = [
  { field: 'ingress', peers: 'from' },
  { field: 'egress', peers: 'to' },
] as const;

// An empty selector (`{}`, or only empty parts) selects every Pod of the namespace.
function isEmptySelector(selector: Record<string, unknown>): boolean {
  return Object.values(selector).every((part) => part === undefined || part === null || (isObject(part) ? Object.keys(part).length === 0 : Array.isArray(part) && part.length === 0));
}

export default defineRule({
  id: 'networkpolicy-peer-selects-no-pods',
  summary: 'The podSelector of a NetworkPolicy peer matches the Pods of some workload in the policy\'s namespace.',
  rationale:
    'An `ingress.from` or `egress.to` peer that names Pods by a `podSelector` allows traffic with those Pods only. When no Pod carries the labels, the rule allows nothing: the client or server it was written for is cut off as soon as the policy applies, usually because of a label typo or a label changed on the workload but not in the policy.\n\n' +
    'drydock compares each non-empty peer `podSelector` without a `namespaceSelector` (such a peer selects Pods of the policy\'s own namespace) with the pod template labels of the workloads in that namespace of the input. ' +
    'Peers with a `namespaceSelector` select Pods in other namespaces, whose labels the input rarely shows, and are not judged; nor are empty selectors, which select every Pod of the namespace. ' +
    'By default drydock only reports when the input contains at least one workload, in any namespace, so a file of policies linted on its own stays quiet; the `reportWhen` option changes this. ' +
    'Pods that an operator starts from a custom resource (a Prometheus or Alertmanager of the Prometheus Operator, say) have no pod template in the input, so a peer that selects them is reported: suppress the finding on such policies.',
  fix: 'Make the peer\'s `podSelector` match the pod template labels of the workload it should allow traffic with, or add a `namespaceSelector` if that workload lives in another namespace.',
  category: 'networking',
  severity: 'warning',
  kinds: ['NetworkPolicy'],
  preset: 'strict',
  messages: {
    noPods: 'NetworkPolicy "{{policy}}" has an {{direction}} peer whose podSelector matches no workload in namespace "{{namespace}}".',
  },
  options: selectionOptions(
    'When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the policy\'s namespace) or `always`.',
  ),
  peers: { kubeLinter: 'dangling-networkpolicypeer-podselector' },
  peerDifferences:
    'kube-linter\'s check is opt-in and reports whatever else the input holds; drydock enables it in the `strict` preset and by default only reports when the input contains at least one workload (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    const workloads = podCreatorsOf(resources, namespace, defaultNamespace);
    for (const { field, peers } of directions) {
      const rules = spec[field];
      if (!Array.isArray(rules)) continue;
      rules.forEach((rule: unknown, ruleIndex) => {
        const list = isObject(rule) ? rule[peers] : undefined;
        if (!Array.isArray(list)) return;
        list.forEach((peer: unknown, peerIndex) => {
          if (!isObject(peer) || peer.namespaceSelector !== undefined) return;
          const selector = peer.podSelector;
          if (!isObject(selector) || isEmptySelector(selector)) return;
          if (workloads.some((w) => selectorMatches(selector, podLabelsOf(w)))) return;
          const path: JsonPath = ['spec', field, ruleIndex, peers, peerIndex, 'podSelector'];
          report({ messageId: 'noPods', path, data: { policy: resource.name, direction: field, namespace } });
        });
      });
    }
  },
});
