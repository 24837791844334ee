import rule from '../../rules/networkpolicy-selects-no-pods.js';
import { ruleTester } from '../helpers/rule-tester.js';

const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  podSelector:\n    matchLabels: {app: web}\n';
const podElsewhere = '---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: other, labels: {app: web}}\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a policy alone in the input is not judged', yaml: policy },
    { name: 'namespaceHasWorkloads: no workload in the policy namespace', yaml: policy + podElsewhere, options: { reportWhen: 'namespaceHasWorkloads' } },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'noPods', line: 22, column: 3, data: { policy: 'web', namespace: 'default' } }] },
    { name: 'the matching Pod is in another namespace', yaml: policy + podElsewhere, errors: [{ messageId: 'noPods', line: 5, column: 3, data: { namespace: 'shop' } }] },
    { name: 'reportWhen always judges a policy alone', yaml: policy, options: { reportWhen: 'always' }, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
  ],
});
