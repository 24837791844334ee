import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { hasServerMetadata } from '../builtin-kinds.js';
import { qualifiedNameError } from '../name-formats.js';
import { metadataPaths } from '../object-metadata.js';
import { objectAt, quote } from '../read-field.js';

// ValidateAnnotations: TotalAnnotationSizeLimitB
const maxTotalBytes = 256 * 1024;

/** Annotation keys are qualified names (case-insensitive) and all annotations fit in 256 KiB. */
export const annotations: ApiCheck = {
  id: 'annotations',
  summary: 'Annotation keys are qualified names and all annotations together are at most 256 KiB.',
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const out: ApiFinding[] = [];
    for (const metadata of metadataPaths(resource)) {
      const path = [...metadata, 'annotations'];
      const map = objectAt(resource.object, path);
      if (!map) continue;
      let total = 0;
      for (const [key, value] of Object.entries(map)) {
        // upstream lowercases the key first: annotation keys may use uppercase letters
        const error = qualifiedNameError(key.toLowerCase());
        if (error) out.push(finding('invalidKey', [...path, key], `annotation key ${quote(key)} ${error}`, 'key'));
        total += Buffer.byteLength(key) + (typeof value === 'string' ? Buffer.byteLength(value) : 0);
      }
      if (total > maxTotalBytes) {
        out.push(finding('tooLarge', path, `annotations total ${total} bytes, more than the limit of ${maxTotalBytes} bytes (256 KiB)`));
      }
    }
    return out;
  },
};
