import rule from '../../rules/rolling-update-strategy-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

const deployment = (strategy: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  strategy: ${strategy}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: web, image: example/web:1.0}]\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a malformed strategy is left to schema validation', yaml: deployment('Recreate') },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'notRolling', line: 8, column: 11, data: { name: 'web', strategy: 'Recreate' } }] },
    { name: 'an unknown strategy type', yaml: deployment('{type: Rolling}'), errors: [{ messageId: 'notRolling', line: 5, column: 20, data: { strategy: 'Rolling' } }] },
  ],
});
