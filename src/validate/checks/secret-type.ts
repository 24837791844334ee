import { isStandardBase64 } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { objectAt, stringAt } from '../read-field.js';
import { secretKeys } from './secret-data.js';

// ValidateSecret: the keys each built-in type requires
const requiredKeys: Record<string, string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

/** A typed Secret carries the keys (or annotation) its type requires, and docker configs are JSON. */
export const secretType: ApiCheck = {
  id: 'secret-type',
  summary: 'A Secret of a built-in type has the keys it requires (tls.crt/tls.key, .dockerconfigjson, ssh-privatekey, username or password) and a service-account token names its ServiceAccount.',
  check(resource) {
    if (!isKind(resource, '', 'Secret')) return [];
    const type = stringAt(resource.object, ['type']);
    if (!type) return [];
    const keys = secretKeys(resource.object);
    const out: ApiFinding[] = [];
    for (const key of requiredKeys[type] ?? []) {
      // reported at `type`, the field that demands the key
      if (!keys.has(key)) out.push(finding('keyRequired', ['type'], `a Secret of type ${type} requires the key ${JSON.stringify(key)}`));
    }
    if (type === 'kubernetes.io/basic-auth' && !keys.has('username') && !keys.has('password')) {
      out.push(finding('basicAuthKeyRequired', ['type'], 'a Secret of type kubernetes.io/basic-auth requires the key "username" or "password"'));
    }
    if (type === 'kubernetes.io/service-account-token') {
      const account = stringAt(resource.object, ['metadata', 'annotations', 'kubernetes.io/service-account.name']);
      if (!account) out.push(finding('serviceAccountRequired', ['metadata', 'annotations'], 'a Secret of type kubernetes.io/service-account-token requires the annotation "kubernetes.io/service-account.name"'));
    }
    const dockerKey = type === 'kubernetes.io/dockerconfigjson' ? '.dockerconfigjson' : type === 'kubernetes.io/dockercfg' ? '.dockercfg' : undefined;
    if (dockerKey && !isJsonValue(resource.object, dockerKey)) {
      out.push(finding('invalidDockerConfig', ['data', dockerKey], `the value of key ${JSON.stringify(dockerKey)} is not valid JSON`));
    }
    return out;
  },
};

// stringData wins over data; a value that is not base64 is reported by secret-data instead
function isJsonValue(object: unknown, key: string): boolean {
  const plain = stringAt(objectAt(object, ['stringData']), [key]);
  const encoded = stringAt(objectAt(object, ['data']), [key]);
  let text: string;
  if (plain !== undefined) text = plain;
  else if (encoded !== undefined && isStandardBase64(encoded)) text = Buffer.from(encoded, 'base64').toString('utf8');
  else return true;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
