import type { KubernetesVersion, Resource, UnreadableCrd } from '../resources/index.js';
import { splitApiVersion } from '../resources/index.js';
import { issuesFromAjvErrors } from './ajv-issues.js';
import { ApiLifecycle } from './api-lifecycle.js';
import { BuiltinSchemas } from './builtin-schemas.js';
import type { CrdRegistry } from './crd/index.js';
import type { ExtraSchemaFolders } from './extra-schema-folders.js';
import type { ExtraSchemas } from './extra-schemas.js';
import type { SchemaIssue } from './schema-issue.js';
import { SchemaStore } from './schema-store.js';
import { withoutNulls } from './without-nulls.js';

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

let sharedStore: SchemaStore | undefined;

/** A validator for `options.kubernetesVersion` over the built-in schemas and `sources`. */
export function buildSchemaValidator(options: SchemaValidatorOptions, sources: SchemaSources): SchemaValidator {
  const store = (sharedStore ??= new SchemaStore());
  const builtin = new BuiltinSchemas(store, options.kubernetesVersion);
  const lifecycle = new ApiLifecycle(store, options.kubernetesVersion);
  const { crds, extra, unreadableCrds = [] } = sources;

  return {
    validate(resource) {
      const { apiVersion, kind } = resource;
      if (!apiVersion || !kind) return [missingTypeIssue(apiVersion ? 'kind' : 'apiVersion', resource.object)];
      // kubectl expands `kind: List` itself, from its items; one without items is nothing to send
      if (kind === 'List' && apiVersion === 'v1' && resource.object.items === undefined) return [listWithoutItemsIssue()];
      const object = withoutNulls(resource.object);
      const wording = { sensitive: kind === 'Secret' };
      const errors = builtin.validate(apiVersion, kind, object);
      if (errors) {
        const deprecation = lifecycle.deprecation(apiVersion, kind);
        const definition = crds?.definitionIssues(resource) ?? [];
        return [...(deprecation ? [deprecation] : []), ...issuesFromAjvErrors(errors, wording), ...definition];
      }
      const custom = crds?.validate(resource);
      if (custom) return custom;
      const { group } = splitApiVersion(apiVersion);
      if (lifecycle.isBuiltinGroup(group)) return [lifecycle.notServed(apiVersion, kind)];
      const validate = extra?.validatorFor(apiVersion, kind);
      if (validate) return validate(object) ? [] : issuesFromAjvErrors(validate.errors ?? [], wording);
      // one YAML error in a CRD file must not turn each of its custom resources into an unknown kind
      const unreadable = unreadableCrds.find((crd) => (crd.group ?? group) === group && (crd.kind ?? kind) === kind);
      if (unreadable) return [crdUnreadableIssue(unreadable)];
      return [unknownKindIssue(apiVersion, kind)];
    },
    scopeOf(apiVersion, kind) {
      return store.kind(apiVersion, kind)?.scope ?? crds?.scopeOf(apiVersion, kind);
    },
  };
}

function missingTypeIssue(field: 'apiVersion' | 'kind', object: Record<string, unknown>): SchemaIssue {
  const messageId = field === 'kind' ? 'missingKind' : 'missingApiVersion';
  // written but empty (`kind: ""`, `kind: ~`) is not the same mistake as leaving it out
  if (object[field] !== undefined && object[field] !== null) {
    return { ruleId: 'schema', messageId, message: `"${field}" is empty: an object needs a ${field}`, severity: 'error', path: [field], target: 'value' };
  }
  return { ruleId: 'schema', messageId, message: `missing required field "${field}"`, severity: 'error', path: [field], target: 'key' };
}

function listWithoutItemsIssue(): SchemaIssue {
  return { ruleId: 'schema', messageId: 'missingField', message: 'missing required field "items": a List holds its objects in items', severity: 'error', path: ['items'], target: 'key' };
}

function crdUnreadableIssue(crd: UnreadableCrd): SchemaIssue {
  const which = crd.group !== undefined && crd.kind !== undefined ? 'the CustomResourceDefinition of this kind' : 'a CustomResourceDefinition that may define this kind';
  return {
    ruleId: 'schema/crd-unreadable',
    messageId: 'crdUnreadable',
    message: `not checked: ${which} has a YAML error in the input (reported there), so its schema is unknown`,
    severity: 'info',
    path: ['kind'],
  };
}

function unknownKindIssue(apiVersion: string, kind: string): SchemaIssue {
  return {
    ruleId: 'schema/unknown-kind',
    messageId: 'unknownKind',
    message: `no schema for ${apiVersion} ${kind}: not a built-in kind, and no CRD in the input or extra schema defines it`,
    severity: 'warning',
    path: ['kind'],
  };
}
