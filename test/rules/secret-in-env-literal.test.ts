import rule from '../../rules/secret-in-env-literal.js';
import { ruleTester } from '../helpers/rule-tester.js';

const pod = (name: string, value: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: example/app:1.0\n      env:\n        - name: ${name}\n          value: ${value}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'skips names listed in ignoreNames', yaml: pod('SESSION_TOKEN', 'not-a-secret'), options: { ignoreNames: ['SESSION_TOKEN'] } },
    { name: 'leaves template placeholders alone', yaml: pod('DB_PASSWORD', '"${DB_PASSWORD}"') },
    // false findings seen on real repositories (issue 15)
    { name: 'a limit counted in tokens', yaml: pod('MAX_TOTAL_TOKENS', '"2048"') },
    { name: 'a switch about a password', yaml: pod('MYSQL_ALLOW_EMPTY_PASSWORD', '"1"') },
    { name: 'which version of a secret to use', yaml: pod('SECRET_VERSION', 'latest') },
    { name: 'a short number under a sensitive name', yaml: pod('TOKEN_BUCKET', '"100"') },
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
    { name: 'a long number is a credential too (a PIN or numeric key)', yaml: pod('API_KEY', '"12345678901234"'), errors: [{ messageId: 'sensitiveName', line: 10, column: 18 }] },
  ],
});
