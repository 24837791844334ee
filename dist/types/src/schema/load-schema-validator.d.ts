import type { ResourceSet, UnreadableCrd } from '../resources/index.js';
import { type SchemaValidator, type SchemaValidatorOptions } from './schema-validator.js';
/**
 * A validator for `options.kubernetesVersion`; `resources` is the whole input, whose CRDs define
 * the custom kinds. ajv, cel-js and the CRD machinery (~400 KB of bundle to load and compile) are
 * imported only when the input has a CRD or extra schema folders are given: most runs check
 * built-in kinds only, and start-up time is most of a small run.
 */
export declare function loadSchemaValidator(options: SchemaValidatorOptions, resources: ResourceSet, unreadableCrds?: readonly UnreadableCrd[]): Promise<SchemaValidator>;
