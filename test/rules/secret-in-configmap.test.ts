import rule from '../../rules/secret-in-configmap.js';
import { ruleTester } from '../helpers/rule-tester.js';

const withToken = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  api-token: abc\n';

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'keys named in ignoreKeys are skipped', yaml: withToken, options: { ignoreKeys: ['api-token'] } },
  ],
  invalid: [
    {
      fixture: 'invalid.yaml',
      errors: [
        { messageId: 'secretKey', line: 8, column: 3, data: { key: 'DB_PASSWORD' } },
        { messageId: 'privateKeyValue', line: 9, column: 3, data: { key: 'tls.key' } },
      ],
    },
    { name: 'a token key', yaml: withToken, errors: [{ messageId: 'secretKey', line: 5, column: 3 }] },
  ],
});
