import { defineRule, missingObjectOptionsWithIgnore } from '../src/lint/rule-api.js';
import { namespaceOf, podSpecOf, namespaceHasOtherObjects, ofKindIn, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'service-account-missing',
  summary: 'The ServiceAccount a pod spec names is in the input.',
  rationale:
    'The API server refuses to create Pods for a ServiceAccount that does not exist, so the workload\'s controller keeps failing with `serviceaccount "…" not found` and no Pod starts.\n\n' +
    'drydock looks for a ServiceAccount of that name in the workload\'s namespace of the input. `default`, which every namespace has, and names in `ignore` are skipped. ' +
    'It only reports when the input contains other objects of the workload\'s namespace, so a workload linted on its own stays quiet; set `reportWhen: always` to report it anyway. ' +
    'The name is read from `serviceAccountName`, or from the deprecated `serviceAccount` when that is the only one set.',
  fix: 'Add the ServiceAccount to the manifests, or correct `serviceAccountName`.',
  category: 'configuration',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    missing: 'ServiceAccount "{{name}}" is not in namespace "{{namespace}}" of the input.',
  },
  options: missingObjectOptionsWithIgnore(
    'When to report: `namespaceInInput` (the input contains other objects of the workload\'s namespace) or `always`.',
    'ServiceAccount names to skip, such as ones a platform creates in every namespace.',
  ),
  peers: { kubeLinter: 'non-existent-service-account' },
  peerDifferences: 'kube-linter reports whatever else the input holds; drydock only reports when the input contains other objects of the workload\'s namespace (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const field = typeof pod.spec.serviceAccountName === 'string' && pod.spec.serviceAccountName !== '' ? 'serviceAccountName' : 'serviceAccount';
    const name = pod.spec[field];
    if (typeof name !== 'string' || name === '' || name === 'default' || options.ignore.includes(name)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    if (ofKindIn(resources, 'ServiceAccount', namespace, defaultNamespace).some((sa) => sa.name === name)) return;
    if (options.reportWhen !== 'always' && !namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) return;
    report({ messageId: 'missing', path: [...pod.path, field], data: { name, namespace } });
  },
});
