import rule from '../../rules/ephemeral-storage-request-not-equal-limit.js';
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
    { name: 'leaves an unparsable request to schema validation', yaml: pod('{requests: {ephemeral-storage: lots}, limits: {ephemeral-storage: 1Gi}}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'differs', line: 17, column: 43, data: { container: 'unpack', request: '2Gi', limit: '4Gi' } },
        { messageId: 'differs', line: 24, column: 34, data: { container: 'web', request: '500Mi', limit: '1Gi' } },
      ],
    },
    {
      name: 'a request above the limit',
      yaml: pod('{requests: {ephemeral-storage: 2Gi}, limits: {ephemeral-storage: 1Gi}}'),
      errors: [{ messageId: 'differs', line: 8, column: 49, data: { request: '2Gi', limit: '1Gi' } }],
    },
  ],
});
