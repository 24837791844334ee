import type { ResourceSet } from '../../src/resources/index.js';
import { createCrdRegistry } from '../../src/schema/crd/index.js';
import { ExtraSchemas } from '../../src/schema/extra-schemas.js';
import { buildSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from '../../src/schema/schema-validator.js';

/**
 * A schema validator built synchronously, with the CRD and extra-schema sources loaded up front:
 * what `loadSchemaValidator` (src/schema) gives a run, without the await.
 */
export function createSchemaValidator(options: SchemaValidatorOptions, resources: ResourceSet): SchemaValidator {
  return buildSchemaValidator(options, { crds: createCrdRegistry(resources, options.kubernetesVersion), extra: new ExtraSchemas(options.extraSchemaDirs ?? [], options.kubernetesVersion) });
}
