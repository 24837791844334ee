import type { ResourceSet, UnreadableCrd } from '../resources/index.js';
import { buildSchemaValidator, type SchemaSources, type SchemaValidator, type SchemaValidatorOptions } from './schema-validator.js';

/**
 * A validator for `options.kubernetesVersion`; `resources` is the whole input, whose CRDs define
 * the custom kinds. ajv, cel-js and the CRD machinery (~400 KB of bundle to load and compile) are
 * imported only when the input has a CRD or extra schema folders are given: most runs check
 * built-in kinds only, and start-up time is most of a small run.
 */
export async function loadSchemaValidator(options: SchemaValidatorOptions, resources: ResourceSet, unreadableCrds: readonly UnreadableCrd[] = []): Promise<SchemaValidator> {
  const sources: SchemaSources = { unreadableCrds };
  if (resources.ofKind('CustomResourceDefinition', 'apiextensions.k8s.io').length > 0) {
    const { createCrdRegistry } = await import('./crd/index.js');
    sources.crds = createCrdRegistry(resources, options.kubernetesVersion);
  }
  if (options.extraSchemas && options.extraSchemas.dirs.length > 0) {
    const { ExtraSchemas } = await import('./extra-schemas.js');
    sources.extra = new ExtraSchemas(options.extraSchemas, options.kubernetesVersion);
  }
  return buildSchemaValidator(options, sources);
}
