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
      name: 'a missing topologyKey is left to schema validation',
      yaml: pod('{maxSkew: 1, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: p}}}'),
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'noSelector', line: 15, column: 11, data: { number: 1 } },
        { messageId: 'maxSkew', line: 18, column: 20, data: { number: 2, value: 0 } },
        { messageId: 'whenUnsatisfiable', line: 43, column: 30, data: { number: 1, value: 'DoNotScheduleAnyway' } },
        { messageId: 'minDomainsPolicy', line: 46, column: 23, data: { number: 2 } },
        { messageId: 'duplicate', line: 50, column: 11, data: { number: 3, first: 2, key: 'kubernetes.io/hostname', policy: 'ScheduleAnyway' } },
      ],
    },
    {
      name: 'minDomains 0 and an empty topologyKey',
      yaml: pod('{maxSkew: 1, minDomains: 0, topologyKey: "", whenUnsatisfiable: DoNotSchedule, labelSelector: {}}'),
      errors: [
        { messageId: 'minDomains', line: 6, column: 32, data: { number: 1, value: 0 } },
        { messageId: 'topologyKey', line: 6, column: 48, data: { number: 1 } },
      ],
    },
  ],
});
