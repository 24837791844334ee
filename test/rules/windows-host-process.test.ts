import rule from '../../rules/windows-host-process.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'pod', line: 16, column: 24 },
        { messageId: 'container', line: 37, column: 24, data: { container: 'collector' } },
      ],
    },
  ],
});
