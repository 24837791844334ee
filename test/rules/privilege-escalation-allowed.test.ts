import rule from '../../rules/privilege-escalation-allowed.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'an inline false', yaml: pod('{allowPrivilegeEscalation: false}') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'allowed', line: 17, column: 39, data: { container: 'web' } },
        { messageId: 'missing', line: 18, column: 11, data: { container: 'sidecar' } },
        { messageId: 'missing', line: 32, column: 7, data: { container: 'worker' } },
      ],
    },
    { name: 'a null securityContext', yaml: pod('null'), errors: [{ messageId: 'missing', line: 8, column: 24 }] },
  ],
});
