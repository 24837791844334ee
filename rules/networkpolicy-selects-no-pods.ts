import { defineRule, selectionOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, operatorResourcesMatching, podCreatorsOf, podLabelsOf, selectorMatches, shouldJudgeSelection, valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'networkpolicy-selects-no-pods',
  summary: 'A NetworkPolicy\'s podSelector matches the Pods of some workload in its namespace.',
  rationale:
    'A NetworkPolicy whose `podSelector` matches no Pod protects nothing: the Pods it was written for stay open, usually because of a label typo or a policy deployed to another namespace.\n\n' +
    'drydock compares a non-empty `podSelector` with the pod template labels of the workloads in the same namespace of the input (an empty selector selects every Pod of the namespace and is never reported); a custom resource of the namespace that carries the selected labels counts as a workload (an operator\'s Prometheus or Alertmanager, whose Pods get its labels). ' +
    'By default it only reports when the input contains at least one workload, in any namespace, so a file of policies linted on its own stays quiet; the `reportWhen` option changes this.',
  fix: 'Make `spec.podSelector` match the pod template labels of the workloads the policy is meant for, in the same namespace.',
  category: 'networking',
  severity: 'warning',
  kinds: ['NetworkPolicy'],
  preset: 'recommended',
  messages: {
    noPods: 'NetworkPolicy "{{policy}}" selects no Pods of the workloads in namespace "{{namespace}}".',
  },
  options: selectionOptions(
    'When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the policy\'s namespace) or `always`.',
  ),
  peers: { kubeLinter: 'dangling-networkpolicy', kubeScore: 'networkpolicy-targets-pod' },
  peerDifferences: 'Both peers report whatever else the input holds; drydock by default only reports when the input contains at least one workload (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const selector = valueAt(resource.object, ['spec', 'podSelector']);
    if (!isObject(selector)) return;
    const isEmpty = Object.values(selector).every((part) => part === undefined || part === null || (isObject(part) ? Object.keys(part).length === 0 : Array.isArray(part) && part.length === 0));
    if (isEmpty) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    if (podCreatorsOf(resources, namespace, defaultNamespace).some((w) => selectorMatches(selector, podLabelsOf(w)))) return;
    if (operatorResourcesMatching(resources, namespace, defaultNamespace, (labels) => selectorMatches(selector, labels)).length > 0) return;
    report({ messageId: 'noPods', path: ['spec', 'podSelector'], data: { policy: resource.name, namespace } });
  },
});
