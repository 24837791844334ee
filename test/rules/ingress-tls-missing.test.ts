import rule from '../../rules/ingress-tls-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'missing', line: 6, column: 1, data: { name: 'shop' } },
        { messageId: 'missing', line: 22, column: 3, data: { name: 'admin' } },
      ],
    },
  ],
});
