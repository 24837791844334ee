import type { YAMLError } from 'yaml';
import type { YamlCode } from './yaml-codes.js';
/** A message for a `yaml` library error that names the problem and quotes none of the input. */
export declare function yamlErrorMessage(error: YAMLError, code: YamlCode): string;
