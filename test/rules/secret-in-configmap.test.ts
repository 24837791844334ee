import rule from '../../rules/secret-in-configmap.js';
import { ruleTester } from '../helpers/rule-tester.js';

const withToken = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  api-token: abc\n';
const configMap = (key: string, value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ${key}: ${value}\n`;

ruleTester(rule, {
  valid: [
    { fixture: 'valid.yaml' },
    { name: 'keys named in ignoreKeys are skipped', yaml: withToken, options: { ignoreKeys: ['api-token'] } },
    // tektoncd/pipeline's git resolver and feature flags: where a secret is, not the secret
    { name: 'the name of a Secret holding a token', yaml: configMap('api-token-secret-name', '"git-token"') },
    { name: 'the namespace of a Secret holding a token', yaml: configMap('api-token-secret-namespace', '"default"') },
    { name: 'an empty value', yaml: configMap('api-token-secret-key', '""') },
    { name: 'a switch about secrets', yaml: configMap('require-git-ssh-secret-known-hosts', '"false"') },
    { name: 'a path to a credentials file', yaml: configMap('GOOGLE_APPLICATION_CREDENTIALS', '/var/secrets/google/key.json') },
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
    { name: 'the key of a Secret with a credential as its value', yaml: configMap('api-secret-key', 'wJalrXUtnFEMI/K7MDENG'), errors: [{ messageId: 'secretKey', line: 5, column: 3 }] },
    { name: 'an OpenPGP private key block', yaml: configMap('signing.asc', '"-----BEGIN PGP PRIVATE KEY BLOCK-----\\nlQdGBF..."'), errors: [{ messageId: 'privateKeyValue', line: 5, column: 3 }] },
    { name: 'a key header framed by three dashes, as Polaris reads it', yaml: configMap('id', '"---BEGIN OPENSSH PRIVATE KEY---\\nb3Blbn..."'), errors: [{ messageId: 'privateKeyValue', line: 5, column: 3 }] },
    { name: 'a PEM label with digits, as the env rule reads them', yaml: configMap('node.pem', '"-----BEGIN X25519 PRIVATE KEY-----\\nMC4C..."'), errors: [{ messageId: 'privateKeyValue', line: 5, column: 3 }] },
    { name: 'an AWS secret access key', yaml: configMap('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG'), errors: [{ messageId: 'secretKey', line: 5, column: 3 }] },
  ],
});
