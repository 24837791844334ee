import { decodedLength, isStandardBase64 } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { configMapKeyError } from '../name-formats.js';
import { objectAt, quote } from '../read-field.js';

// ValidateConfigMap: RuntimeObjectSizeLimit
const maxBytes = 1024 * 1024;

/** ValidateConfigMap: keys, no key in both data and binaryData, base64 binaryData, 1 MiB in total. */
export const configMapData: ApiCheck = {
  id: 'config-map-data',
  summary: 'ConfigMap keys are valid and unique across data and binaryData, binaryData values are base64, and the total is at most 1 MiB.',
  check(resource) {
    if (!isKind(resource, '', 'ConfigMap')) return [];
    const out: ApiFinding[] = [];
    const data = objectAt(resource.object, ['data']) ?? {};
    const binary = objectAt(resource.object, ['binaryData']) ?? {};
    let total = 0;
    for (const [key, value] of Object.entries(data)) {
      const error = configMapKeyError(key);
      if (error) out.push(finding('invalidKey', ['data', key], `key ${quote(key)} ${error}`, 'key'));
      if (typeof value === 'string') total += Buffer.byteLength(key) + Buffer.byteLength(value);
    }
    for (const [key, value] of Object.entries(binary)) {
      const error = configMapKeyError(key);
      if (error) out.push(finding('invalidKey', ['binaryData', key], `key ${quote(key)} ${error}`, 'key'));
      if (Object.hasOwn(data, key)) out.push(finding('duplicateKey', ['binaryData', key], `key ${quote(key)} is in both data and binaryData`, 'key'));
      if (typeof value !== 'string') continue;
      if (!isStandardBase64(value)) out.push(finding('invalidBase64', ['binaryData', key], `the value of key ${quote(key)} is not valid base64`));
      else total += Buffer.byteLength(key) + decodedLength(value);
    }
    const at = objectAt(resource.object, ['data']) ? 'data' : 'binaryData';
    if (total > maxBytes) out.push(finding('tooLarge', [at], `the ConfigMap holds ${total} bytes, more than the limit of ${maxBytes} bytes (1 MiB)`));
    return out;
  },
};
