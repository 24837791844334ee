import rule from '../../rules/networkpolicy-selects-no-pods.js';
import { ruleTester } from '../helpers/rule-tester.js';

const policy = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web, namespace: shop}\nspec:\n  podSelector:\n    matchLabels: {app: web}\n';
const podElsewhere = '---\napiVersion: v1\nkind: Pod\nmetadata: {name: web, namespace: other, labels: {app: web}}\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n';

// kube-prometheus: the operator creates the Pods of an Alertmanager resource with its labels
const alertmanager = (label: string) => `---\napiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata: {name: main, namespace: shop, labels: {app: ${label}}}\nspec: {replicas: 3}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a policy alone in the input is not judged', yaml: policy },
    { name: 'the Pods an operator creates for a custom resource carrying the labels', yaml: policy + podElsewhere + alertmanager('web') },
    { name: 'namespaceHasWorkloads: no workload in the policy namespace', yaml: policy + podElsewhere, options: { reportWhen: 'namespaceHasWorkloads' } },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'noPods', line: 22, column: 3, data: { policy: 'web', namespace: 'default' } }] },
    { name: 'the matching Pod is in another namespace', yaml: policy + podElsewhere, errors: [{ messageId: 'noPods', line: 5, column: 3, data: { namespace: 'shop' } }] },
    { name: 'a custom resource without the selected labels', yaml: policy + podElsewhere + alertmanager('mail'), errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
    { name: 'reportWhen always judges a policy alone', yaml: policy, options: { reportWhen: 'always' }, errors: [{ messageId: 'noPods', line: 5, column: 3 }] },
  ],
});
