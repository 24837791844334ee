import rule from '../../rules/priority-class-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (priority: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  priorityClassName: ${priority}\n  containers: [{name: a, image: b}]\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a class from the accepted list', yaml: pod('system-node-critical'), options: { accepted: ['system-node-critical'] } },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'missing', line: 8, column: 5, data: { name: 'report' } }] },
    { name: 'a class outside the accepted list', yaml: pod('batch'), options: { accepted: ['system-node-critical'] }, errors: [{ messageId: 'notAccepted', line: 5, column: 22 }] },
  ],
});
