import { decodedLength, isObject, isStandardBase64 } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { configMapKeyError } from '../name-formats.js';
import { objectAt, quote } from '../read-field.js';

const maxSecretBytes = 1024 * 1024;

/** ValidateSecret: keys, base64 data and total size. Messages name keys, never values. */
export const secretData: ApiCheck = {
  id: 'secret-data',
  summary: 'Secret data and stringData keys are valid, data values are base64, and the Secret is at most 1 MiB.',
  check(resource) {
    if (!isKind(resource, '', 'Secret')) return [];
    const out: ApiFinding[] = [];
    const sizes = new Map<string, number>();
    for (const field of ['data', 'stringData']) {
      const map = objectAt(resource.object, [field]);
      if (!map) continue;
      for (const [key, value] of Object.entries(map)) {
        const error = configMapKeyError(key);
        if (error) out.push(finding('invalidKey', [field, key], `key ${quote(key)} ${error}`, 'key'));
        if (typeof value !== 'string') continue;
        if (field === 'stringData') {
          sizes.set(key, Buffer.byteLength(value));
        } else if (!isStandardBase64(value)) {
          out.push(finding('invalidBase64', [field, key], `the value of key ${quote(key)} is not valid base64`));
        } else if (!sizes.has(key)) {
          sizes.set(key, decodedLength(value));
        }
      }
    }
    // stringData is merged into data (and wins) before the size is checked
    const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
    const at = objectAt(resource.object, ['data']) ? 'data' : 'stringData';
    if (total > maxSecretBytes) out.push(finding('tooLarge', [at], `the Secret holds ${total} bytes, more than the limit of ${maxSecretBytes} bytes (1 MiB)`));
    return out;
  },
};

/** The keys of a Secret's data and stringData, for type checks. */
export function secretKeys(object: unknown): Set<string> {
  const keys = new Set<string>();
  for (const field of ['data', 'stringData']) {
    const map = objectAt(object, [field]);
    if (isObject(map)) for (const key of Object.keys(map)) keys.add(key);
  }
  return keys;
}
