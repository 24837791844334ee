import rule from '../../rules/read-only-root-fs-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'an inline read-only root', yaml: pod('{readOnlyRootFilesystem: true}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'writable', line: 17, column: 37, data: { container: 'web' } },
        { messageId: 'missing', line: 18, column: 11, data: { container: 'sidecar' } },
        { messageId: 'missing', line: 32, column: 7, data: { container: 'worker' } },
      ],
    },
    { name: 'a null securityContext', yaml: pod('null'), errors: [{ messageId: 'missing', line: 8, column: 24 }] },
    { name: 'a string instead of a boolean', yaml: pod('{readOnlyRootFilesystem: "true"}'), errors: [{ messageId: 'missing', line: 8, column: 49 }] },
  ],
});
