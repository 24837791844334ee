import rule from '../../rules/host-port.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [{ fixture: 'invalid.yaml', errors: [{ messageId: 'hostPort', line: 18, column: 25, data: { container: 'controller', port: 80 } }] }],
});
