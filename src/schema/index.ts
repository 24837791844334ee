import type { ResourceSet } from '../resources/index.js';
import { createCrdRegistry } from './crd/index.js';
import { ExtraSchemas } from './extra-schemas.js';
import { buildSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from './schema-validator.js';

export type { SchemaIssue } from './schema-issue.js';
export type { SchemaValidator, SchemaValidatorOptions } from './schema-validator.js';
export { loadSchemaValidator } from './load-schema-validator.js';

/**
 * A validator for `options.kubernetesVersion`. `resources` is the whole input: its
 * CustomResourceDefinitions define the custom kinds. Schemas load and compile on first use.
 * This loads ajv and cel-js with the module; the validate pipeline uses `loadSchemaValidator`
 * (from load-schema-validator.ts, not this index) to import them only when needed.
 */
export function createSchemaValidator(options: SchemaValidatorOptions, resources: ResourceSet): SchemaValidator {
  return buildSchemaValidator(options, { crds: createCrdRegistry(resources, options.kubernetesVersion), extra: new ExtraSchemas(options.extraSchemaDirs ?? [], options.kubernetesVersion) });
}
