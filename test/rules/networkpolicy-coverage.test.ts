import rule from '../../rules/networkpolicy-coverage.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ingressOnly =
  'apiVersion: v1\nkind: Pod\nmetadata: {name: web, labels: {app: web}}\nspec:\n  containers: [{name: web, image: example/web:1.0}]\n' +
  '---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: web}\nspec:\n  podSelector: {matchLabels: {app: web}}\n  policyTypes: [Ingress]\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'requirePolicyTypes [] only asks for a selecting policy', yaml: ingressOnly, options: { requirePolicyTypes: [] } },
    { name: 'requirePolicyTypes [Ingress] accepts an ingress-only policy', yaml: ingressOnly, options: { requirePolicyTypes: ['Ingress'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'notSelected', line: 5, column: 9, data: { kind: 'Deployment', name: 'web' } },
        { messageId: 'directionOpen', line: 21, column: 9, data: { kind: 'CronJob', direction: 'egress' } },
      ],
    },
    { name: 'an ingress-only policy leaves egress open', yaml: ingressOnly, errors: [{ messageId: 'directionOpen', line: 3, column: 18 }] },
  ],
});
