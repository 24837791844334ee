import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { hasServerMetadata } from '../builtin-kinds.js';
import { labelValueError, qualifiedNameError } from '../name-formats.js';
import { metadataPaths } from '../object-metadata.js';
import { objectAt, quote } from '../read-field.js';

/** Label keys are qualified names and values valid label values (ValidateLabels). */
export const labels: ApiCheck = {
  id: 'labels',
  summary: 'Label keys are qualified names and label values are at most 63 valid characters.',
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const out: ApiFinding[] = [];
    for (const metadata of metadataPaths(resource)) {
      const path = [...metadata, 'labels'];
      const map = objectAt(resource.object, path);
      if (!map) continue;
      for (const [key, value] of Object.entries(map)) {
        const keyError = qualifiedNameError(key);
        if (keyError) out.push(finding('invalidKey', [...path, key], `label key ${quote(key)} ${keyError}`, 'key'));
        // a non-string value is a schema error, reported there
        const valueError = typeof value === 'string' ? labelValueError(value) : undefined;
        if (valueError) out.push(finding('invalidValue', [...path, key], `label value ${quote(value)} ${valueError}`));
      }
    }
    return out;
  },
};
