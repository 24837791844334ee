import rule from '../../rules/networkpolicy-peer-selects-no-pods.js';
import { ruleTester } from '../helpers/rule-tester.js';

const policy =
  'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: api}\nspec:\n  podSelector: {}\n  ingress:\n    - from:\n        - podSelector:\n            matchLabels: {app: web}\n';
const podElsewhere = '---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: other, labels: {app: web}}\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a policy alone in the input is not judged', yaml: policy },
    { name: 'namespaceHasWorkloads: no workload in the policy namespace', yaml: policy + podElsewhere, options: { reportWhen: 'namespaceHasWorkloads' } },
    { name: 'a policy without a namespace lands in the configured default one', yaml: `# lint --namespace other\n${policy}${podElsewhere}`, defaultNamespace: 'other' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noPods', line: 13, column: 11, data: { policy: 'api', direction: 'ingress', namespace: 'shop' } },
        { messageId: 'noPods', line: 19, column: 11, data: { direction: 'egress', namespace: 'shop' } },
      ],
    },
    { name: 'the matching Pod is in another namespace', yaml: policy + podElsewhere, errors: [{ messageId: 'noPods', line: 8, column: 11, data: { namespace: 'default' } }] },
    { name: 'reportWhen always judges a policy alone', yaml: policy, options: { reportWhen: 'always' }, errors: [{ messageId: 'noPods', line: 8, column: 11 }] },
  ],
});
