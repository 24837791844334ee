import rule from '../../rules/cronjob-starting-deadline-missing.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'a deadline of zero still counts as set', yaml: 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  schedule: "* * * * *"\n  startingDeadlineSeconds: 0\n  jobTemplate: {}\n' },
  ],
  invalid: [{ fixture: 'invalid.yaml', errors: [{ messageId: 'missing', line: 6, column: 1, data: { name: 'backup' } }] }],
});
