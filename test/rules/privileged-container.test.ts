import rule from '../../rules/privileged-container.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (context: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      securityContext: ${context}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'an empty securityContext', yaml: pod('{}') },
    { name: 'a null securityContext', yaml: pod('null') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'privileged', line: 17, column: 25, data: { container: 'agent' } },
        { messageId: 'privileged', line: 35, column: 29, data: { container: 'sysctl' } },
      ],
    },
    { name: 'a privileged Pod container', yaml: pod('{privileged: true}'), errors: [{ messageId: 'privileged', line: 8, column: 37 }] },
  ],
});
