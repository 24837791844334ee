import type { Ajv, ErrorObject } from 'ajv';
import type { KubernetesVersion } from '../../resources/index.js';
import { serverFormat } from './server-formats.js';

/**
 * Replaces ajv's `format` keyword with the API server's: the formats kube-apiserver checks at
 * `version`, on string values only; any other format is ignored, as the server ignores it.
 * Errors keep ajv's shape (`keyword: 'format'`, `params.format`) so they read as before.
 */
export function serverFormatKeyword(ajv: Ajv, version: KubernetesVersion): Ajv {
  ajv.removeKeyword('format');
  ajv.addKeyword({
    keyword: 'format',
    type: 'string',
    schemaType: 'string',
    errors: true,
    compile(format: string) {
      const known = serverFormat(format, version);
      if (!known) return () => true;
      const validate = Object.assign((data: string): boolean => {
        const ok = known.check(data);
        validate.errors = ok ? undefined : [{ keyword: 'format', params: { format: known.name }, message: `must match format "${known.name}"` }];
        return ok;
      }, { errors: undefined as Partial<ErrorObject>[] | undefined });
      return validate;
    },
  });
  return ajv;
}
