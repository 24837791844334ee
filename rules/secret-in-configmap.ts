import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { couldBeCredentialValue, holdsPrivateKey, isObject, looksLikeCredentialName } from '../src/resources/index.js';

export default defineRule({
  id: 'secret-in-configmap',
  summary: 'ConfigMaps hold no credentials.',
  rationale:
    'ConfigMaps are readable by anyone who may read configuration in the namespace, are printed by `kubectl describe`, and are not encrypted at rest by default. A password, token or private key kept there leaks far more easily than one kept in a Secret.',
  fix: 'Move the value into a Secret (or an external secret store) and reference it with `secretKeyRef` or a Secret volume; keep only non-sensitive settings in the ConfigMap.',
  category: 'security',
  severity: 'warning',
  kinds: ['ConfigMap'],
  preset: 'recommended',
  messages: {
    secretKey: 'ConfigMap "{{name}}" has a key "{{key}}" that looks like a credential.',
    privateKeyValue: 'ConfigMap "{{name}}" holds a private key under "{{key}}".',
  },
  options: ruleOptions(
    {
      ignoreKeys: { type: 'array', items: { type: 'string' }, description: 'Key names that are not credentials here, such as `token-ttl`.' },
    },
    { ignoreKeys: [] as string[] },
  ),
  peers: { polaris: 'sensitiveConfigmapContent' },
  peerDifferences:
    'Polaris flags every key whose name mentions a secret; drydock, as for env vars (secret-in-env-literal), skips keys that say where a secret is or what it is called (`*-secret-name`, `*-secret-namespace`, `*-path`…) or set something about it (`require-*`, `max-*`, `*-version`…), and values that cannot be a credential: empty, a boolean, a short number, an absolute path or a template placeholder.',
  check({ resource, options, report }) {
    const data = resource.object.data;
    if (!isObject(data)) return;
    for (const [key, value] of Object.entries(data)) {
      if (options.ignoreKeys.includes(key)) continue;
      // the message names the key, never the value
      if (typeof value === 'string' && holdsPrivateKey(value)) report({ messageId: 'privateKeyValue', path: ['data', key], target: 'key', data: { name: resource.name, key } });
      else if (typeof value === 'string' && looksLikeCredentialName(key) && couldBeCredentialValue(value)) report({ messageId: 'secretKey', path: ['data', key], target: 'key', data: { name: resource.name, key } });
    }
  },
});
