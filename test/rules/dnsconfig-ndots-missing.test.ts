import rule from '../../rules/dnsconfig-ndots-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (spec: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
${spec}
  containers: [{name: a, image: b}]
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a higher maxNdots accepts ndots 5', options: { maxNdots: 5 }, yaml: pod('  dnsConfig: {options: [{name: ndots, value: "5"}]}') },
    { name: 'the host network with ClusterFirstWithHostNet and a low ndots', yaml: pod('  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n  dnsConfig: {options: [{name: ndots, value: "1"}]}') },
    { name: 'dnsPolicy Default uses the node resolver', yaml: pod('  dnsPolicy: Default') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 12, column: 5, data: { name: 'web' } },
        { messageId: 'tooHigh', line: 28, column: 16, data: { name: 'crawler', ndots: 5, max: 2 } },
        { messageId: 'missing', line: 39, column: 3, data: { name: 'worker' } },
      ],
    },
    {
      name: 'the host network with ClusterFirstWithHostNet gets ndots 5',
      yaml: pod('  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet'),
      errors: [{ messageId: 'missing', line: 4, column: 1 }],
    },
    {
      name: 'a lower maxNdots',
      yaml: pod('  dnsConfig: {options: [{name: ndots, value: "2"}]}'),
      options: { maxNdots: 1 },
      errors: [{ messageId: 'tooHigh', line: 5, column: 46, data: { ndots: 2, max: 1 } }],
    },
  ],
});
