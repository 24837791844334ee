import rule from '../../rules/cpu-request-not-equal-limit.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      image: example/app:1.0
      resources: ${resources}
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'compares quantities, not their spelling', yaml: pod('{requests: {cpu: 250m}, limits: {cpu: 0.25}}') },
    { name: 'leaves an unparsable request to schema validation', yaml: pod('{requests: {cpu: lots}, limits: {cpu: 500m}}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'differs', line: 12, column: 16, data: { container: 'setup', request: '250m', limit: '500m' } },
        { messageId: 'limitMissing', line: 22, column: 9, data: { container: 'burstable' } },
        { messageId: 'limitMissing', line: 24, column: 7, data: { container: 'best-effort' } },
      ],
    },
    { name: 'a request above the limit', yaml: pod('{requests: {cpu: 500m}, limits: {cpu: 250m}}'), errors: [{ messageId: 'differs', line: 8, column: 35 }] },
  ],
});
