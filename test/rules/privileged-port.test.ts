import rule from '../../rules/privileged-port.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'privilegedPort', line: 17, column: 30, data: { container: 'web', port: 80 } },
        { messageId: 'privilegedPort', line: 18, column: 30, data: { container: 'web', port: 443 } },
        { messageId: 'privilegedPort', line: 22, column: 31, data: { container: 'admin', port: 1023 } },
      ],
    },
  ],
});
