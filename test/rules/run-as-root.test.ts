import rule from '../../rules/run-as-root.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a non-zero runAsUser alone', yaml: pod('{runAsUser: 65534}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'rootUser', line: 14, column: 20, data: { container: 'web' } },
        { messageId: 'nonRootDisabled', line: 31, column: 23, data: { container: 'app' } },
        { messageId: 'missing', line: 40, column: 7, data: { container: 'app' } },
        { messageId: 'rootGroup', line: 54, column: 21, data: { container: 'app' } },
      ],
    },
    { name: 'UID 0 even with runAsNonRoot: true', yaml: pod('{runAsNonRoot: true, runAsUser: 0}'), errors: [{ messageId: 'rootUser', line: 8, column: 56 }] },
    { name: 'a runAsUser that is not a number', yaml: pod('{runAsUser: "1000"}'), errors: [{ messageId: 'missing', line: 8, column: 7 }] },
  ],
});
