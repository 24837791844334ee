import rule from '../../rules/default-service-account.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'the deprecated serviceAccount field still names an account', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  serviceAccount: app\n  containers: [{name: a, image: b}]\n' },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'defaultAccount', line: 6, column: 1, data: { name: 'worker' } },
        { messageId: 'defaultAccount', line: 19, column: 27, data: { name: 'migrate' } },
      ],
    },
  ],
});
