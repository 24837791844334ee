import rule from '../../rules/ephemeral-storage-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (resources: string) => `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      image: example/app:1.0
      resources: ${resources}
  ephemeralContainers:
    - name: debugger
      image: example/debug:1.0
`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'ephemeral containers are exempt', yaml: pod('{requests: {ephemeral-storage: 1Gi}, limits: {ephemeral-storage: 1Gi}}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 8, column: 7, data: { container: 'setup' } },
        { messageId: 'limitMissing', line: 13, column: 7, data: { container: 'requests-only' } },
        { messageId: 'requestMissing', line: 18, column: 7, data: { container: 'limits-only' } },
        { messageId: 'limitMissing', line: 27, column: 30, data: { container: 'zero-limit' } },
      ],
    },
    { name: 'an empty string counts as unset', yaml: pod('{requests: {ephemeral-storage: ""}, limits: {ephemeral-storage: 1Gi}}'), errors: [{ messageId: 'requestMissing', line: 8, column: 49 }] },
  ],
});
