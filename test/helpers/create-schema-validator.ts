import { defaultMaxFileBytes, readFileBounded } from '../../src/load/index.js';
import type { ResourceSet } from '../../src/resources/index.js';
import type { SchemaFileReader } from '../../src/schema/index.js';
import { createCrdRegistry } from '../../src/schema/crd/index.js';
import { ExtraSchemas } from '../../src/schema/extra-schemas.js';
import { buildSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from '../../src/schema/schema-validator.js';

/**
 * A schema validator built synchronously, with the CRD and extra-schema sources loaded up front:
 * what `loadSchemaValidator` (src/schema) gives a run, without the await.
 */
export function createSchemaValidator(options: SchemaValidatorOptions, resources: ResourceSet): SchemaValidator {
  const extra = new ExtraSchemas(options.extraSchemas ?? { dirs: [], readFile: readSchemaFile }, options.kubernetesVersion);
  return buildSchemaValidator(options, { crds: createCrdRegistry(resources, options.kubernetesVersion), extra });
}

/** Reads an extra schema file as a run does: within the size limit of an input file. */
export function readSchemaFile(file: string): ReturnType<SchemaFileReader> {
  return readFileBounded(file, defaultMaxFileBytes);
}
