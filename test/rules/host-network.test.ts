import rule from '../../rules/host-network.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'shared', line: 13, column: 20 },
        { messageId: 'shared', line: 24, column: 16 },
      ],
    },
  ],
});
