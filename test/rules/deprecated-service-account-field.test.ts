import rule from '../../rules/deprecated-service-account-field.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'an empty serviceAccount', yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  serviceAccount: ""\n  containers: [{name: web, image: example/web:1.0}]\n' },
  ],
  invalid: [
    { fixture: 'invalid.yaml', errors: [{ messageId: 'deprecated', line: 7, column: 3, data: { name: 'web' } }] },
    {
      name: 'both fields set in a CronJob',
      yaml:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: report}\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: Never\n          serviceAccountName: report\n          serviceAccount: report\n          containers: [{name: report, image: example/report:1.0}]\n',
      errors: [{ messageId: 'deprecated', line: 12, column: 11 }],
    },
  ],
});
