import rule from '../../rules/restart-policy-not-always-or-onfailure.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    {
      name: 'leaves a Deployment with Never to API validation',
      yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: b}]\n',
    },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'never', line: 7, column: 18, data: { name: 'migrate' } },
        { messageId: 'never', line: 23, column: 26, data: { name: 'report' } },
      ],
    },
    {
      name: 'a Job with Never',
      yaml: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: a, image: b}]\n',
      errors: [{ messageId: 'never', line: 7, column: 22, data: { name: 'j' } }],
    },
  ],
});
