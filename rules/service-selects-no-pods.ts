import { defineRule, selectionOptions } from '../src/lint/rule-api.js';
import { isObject, mapMatches, namespaceOf, operatorResourcesMatching, podCreatorsSelectedBy, shouldJudgeSelection } from '../src/resources/index.js';

export default defineRule({
  id: 'service-selects-no-pods',
  summary: 'A Service selector matches the Pods of some workload in its namespace.',
  rationale:
    'A Service whose selector matches no Pod has no endpoints: every connection to it fails, usually because of a typo in a label or a workload deployed to another namespace.\n\n' +
    'drydock compares the selector with the pod template labels of the workloads (Pods, Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs) in the same namespace of the input, counting the labels controllers add to each Pod (a StatefulSet\'s `statefulset.kubernetes.io/pod-name`, a Job\'s `job-name`), and a custom resource of the namespace that carries the selected labels (an operator\'s Prometheus or Alertmanager, whose Pods get its labels) as a workload. ' +
    'By default it only reports when the input contains at least one workload, in any namespace, so a file of Services linted on its own stays quiet while a Service left in the wrong namespace is still caught; the `reportWhen` option changes this. ' +
    'Services without a selector (their endpoints are managed by hand) and `ExternalName` Services are exempt.',
  fix: 'Make `spec.selector` match the pod template labels of the workload the Service fronts, and put both in the same namespace.',
  category: 'networking',
  severity: 'warning',
  kinds: ['Service'],
  preset: 'recommended',
  messages: {
    noPods: 'Service "{{service}}" selects {{selector}}, which no workload in namespace "{{namespace}}" carries.',
  },
  options: selectionOptions(
    'When to report: `inputHasWorkloads` (the input contains some workload), `namespaceHasWorkloads` (it contains one in the Service\'s namespace) or `always`.',
  ),
  peers: { kubeLinter: 'dangling-service', kubeScore: 'service-targets-pod' },
  peerDifferences:
    'kube-linter also reports a Service without a selector; drydock, like kube-score, exempts it, since its endpoints are managed by hand or by a controller. ' +
    'Both peers report whatever else the input holds; drydock by default only reports when the input contains at least one workload (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.type === 'ExternalName') return;
    const selector = spec.selector;
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (!shouldJudgeSelection(options.reportWhen, resources, namespace, defaultNamespace)) return;
    if (podCreatorsSelectedBy(resources, namespace, defaultNamespace, selector).length > 0) return;
    if (operatorResourcesMatching(resources, namespace, defaultNamespace, (labels) => mapMatches(selector, labels)).length > 0) return;
    const text = Object.entries(selector)
      .map(([key, value]) => `${key}=${String(value)}`)
      .join(',');
    report({ messageId: 'noPods', path: ['spec', 'selector'], data: { service: resource.name, selector: text, namespace } });
  },
});
