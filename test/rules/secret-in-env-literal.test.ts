import rule from '../../rules/secret-in-env-literal.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (name: string, value: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      env:\n        - name: ${name}\n          value: ${value}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'skips names listed in ignoreNames', yaml: pod('SESSION_TOKEN', 'not-a-secret'), options: { ignoreNames: ['SESSION_TOKEN'] } },
    { name: 'leaves template placeholders alone', yaml: pod('DB_PASSWORD', '"${DB_PASSWORD}"') },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'sensitiveName', line: 12, column: 18, data: { container: 'setup', name: 'AWS_SECRET_ACCESS_KEY' } },
        { messageId: 'sensitiveName', line: 18, column: 18, data: { container: 'app', name: 'db-password' } },
        { messageId: 'sensitiveName', line: 20, column: 18, data: { container: 'app', name: 'GITHUB_TOKEN' } },
        { messageId: 'sensitiveName', line: 22, column: 18, data: { container: 'app', name: 'AZURE_STORAGE_KEY' } },
        { messageId: 'privateKey', line: 24, column: 18, data: { container: 'app', name: 'the_good_stuff' } },
      ],
    },
    { name: 'a sensitive name not in ignoreNames', yaml: pod('SESSION_TOKEN', 'not-a-secret'), errors: [{ messageId: 'sensitiveName', line: 10, column: 18 }] },
  ],
});
