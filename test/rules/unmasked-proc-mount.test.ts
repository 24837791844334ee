import rule from '../../rules/unmasked-proc-mount.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'unmasked', line: 12, column: 20, data: { container: 'nested', value: 'Unmasked' } },
        { messageId: 'unmasked', line: 17, column: 20, data: { container: 'app', value: 'Other' } },
      ],
    },
  ],
});
