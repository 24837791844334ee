import rule from '../../rules/topology-spread-invalid.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (constraint: string) => `apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: p}}
spec:
  topologySpreadConstraints:
    - ${constraint}
  containers: [{name: a, image: b}]
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    {
      name: 'settings the API server rejects are left to validation (api/topology-spread)',
      yaml: pod('{maxSkew: 0, topologyKey: "", whenUnsatisfiable: Sometimes, labelSelector: {matchLabels: {app: p}}}'),
    },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'noSelector', line: 15, column: 11, data: { number: 1 } }] },
    {
      name: 'a null labelSelector',
      yaml: pod('{maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotSchedule, labelSelector: null}'),
      errors: [{ messageId: 'noSelector', line: 6, column: 88, data: { number: 1 } }],
    },
  ],
});
