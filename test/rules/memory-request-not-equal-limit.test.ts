import rule from '../../rules/memory-request-not-equal-limit.js';
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
    { name: 'compares quantities, not their spelling', yaml: pod('{requests: {memory: 512Mi}, limits: {memory: 536870912}}') },
    { name: 'leaves an unparsable request to schema validation', yaml: pod('{requests: {memory: lots}, limits: {memory: 1Gi}}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'differs', line: 12, column: 19, data: { container: 'setup', request: '512Mi', limit: '1Gi' } },
        { messageId: 'limitMissing', line: 22, column: 9, data: { container: 'burstable' } },
        { messageId: 'limitMissing', line: 24, column: 7, data: { container: 'best-effort' } },
      ],
    },
    { name: 'a request above the limit', yaml: pod('{requests: {memory: 1Gi}, limits: {memory: 512Mi}}'), errors: [{ messageId: 'differs', line: 8, column: 38 }] },
  ],
});
