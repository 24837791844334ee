import rule from '../../rules/secret-from-env-ref.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [{ fixture: 'valid.yaml' }],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'envVar', line: 21, column: 17, data: { container: 'api', secret: 'db', variable: 'DB_PASSWORD' } },
        { messageId: 'envFrom', line: 27, column: 15, data: { container: 'api', secret: 'api-keys' } },
      ],
    },
    {
      name: 'init containers count too',
      yaml: 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    spec:\n      restartPolicy: OnFailure\n      initContainers:\n        - name: migrate\n          image: example/migrate:1.0\n          envFrom: [{secretRef: {name: db}}]\n      containers: [{name: a, image: b}]\n',
      errors: [{ messageId: 'envFrom', line: 11, column: 22, data: { container: 'migrate', secret: 'db' } }],
    },
  ],
});
