import type { KubernetesVersion, Resource, UnreadableCrd } from '../resources/index.js';
import type { CrdRegistry } from './crd/index.js';
import type { ExtraSchemaFolders } from './extra-schema-folders.js';
import type { ExtraSchemas } from './extra-schemas.js';
import type { SchemaIssue } from './schema-issue.js';
/** What to validate against: the target Kubernetes version and extra schema folders. */
export interface SchemaValidatorOptions {
    kubernetesVersion: KubernetesVersion;
    extraSchemas?: ExtraSchemaFolders;
}
/** Schema validation of resources, and the scope of the kinds it knows. */
export interface SchemaValidator {
    /** Issues for one resource: built-in kinds, CRD-defined kinds, extra schemas, else an unknown-kind warning. */
    validate(resource: Resource): SchemaIssue[];
    /** 'Namespaced' | 'Cluster' for known kinds (built-in or CRD), undefined otherwise. */
    scopeOf(apiVersion: string, kind: string): 'Namespaced' | 'Cluster' | undefined;
}
/**
 * The sources of schemas besides the built-in ones. Both need ajv (and CRDs cel-js), so they are
 * left out when the input has no CRD and no `--schemas` folder is given.
 */
export interface SchemaSources {
    crds?: CrdRegistry;
    extra?: ExtraSchemas;
    /** CRD documents of the input with YAML errors: the kinds they may define are not unknown. */
    unreadableCrds?: readonly UnreadableCrd[];
}
/** A validator for `options.kubernetesVersion` over the built-in schemas and `sources`. */
export declare function buildSchemaValidator(options: SchemaValidatorOptions, sources: SchemaSources): SchemaValidator;
