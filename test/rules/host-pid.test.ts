import rule from '../../rules/host-pid.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'shared', line: 13, column: 16 },
        { messageId: 'shared', line: 24, column: 12 },
      ],
    },
  ],
});
