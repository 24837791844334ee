import rule from '../../rules/ssh-port-exposed.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'sshPort', line: 17, column: 30, data: { container: 'sshd' } },
        { messageId: 'sshPort', line: 22, column: 30, data: { container: 'git' } },
      ],
    },
  ],
});
