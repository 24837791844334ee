import { splitApiVersion, type Resource, type ResourceSet } from '../../resources/index.js';
import { isPlainObject, type CrdSchema } from './crd-schema.js';

/** One served version of a CRD, as read from `spec.versions[]`. */
export interface ServedVersion {
  name: string;
  schema: CrdSchema;
  hasStatusSubresource: boolean;
}

/** What one CustomResourceDefinition in the input says about its group and kind. */
export interface CrdDefinition {
  crd: Resource;
  group: string;
  kind: string;
  scope: 'Namespaced' | 'Cluster' | undefined;
  served: ServedVersion[];
}

/**
 * Every `apiextensions.k8s.io/v1` CRD of the input, keyed by `group/kind`. A group and kind may
 * have several definitions (the Gateway API's standard and experimental channels); a CRD too
 * malformed to read is left out, since the built-in schema check reports it.
 */
export function collectCrdDefinitions(resources: ResourceSet): Map<string, CrdDefinition[]> {
  const byGroupKind = new Map<string, CrdDefinition[]>();
  for (const crd of resources.ofKind('CustomResourceDefinition', 'apiextensions.k8s.io')) {
    if (splitApiVersion(crd.apiVersion).version !== 'v1') continue;
    const definition = readDefinition(crd);
    if (!definition) continue;
    const key = groupKind(definition.group, definition.kind);
    const list = byGroupKind.get(key);
    if (list) list.push(definition);
    else byGroupKind.set(key, [definition]);
  }
  return byGroupKind;
}

/** The index key of a group and kind. */
export function groupKind(group: string, kind: string): string {
  return `${group}/${kind}`;
}

function readDefinition(crd: Resource): CrdDefinition | undefined {
  const spec = crd.object.spec;
  if (!isPlainObject(spec) || typeof spec.group !== 'string' || !isPlainObject(spec.names)) return undefined;
  const kind = spec.names.kind;
  if (typeof kind !== 'string' || !Array.isArray(spec.versions)) return undefined;
  const served: ServedVersion[] = [];
  for (const version of spec.versions as unknown[]) {
    if (!isPlainObject(version) || version.served !== true || typeof version.name !== 'string') continue;
    const schema = isPlainObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
    served.push({
      name: version.name,
      // a served version without a schema accepts anything, as with preserve-unknown-fields
      schema: isPlainObject(schema) ? (schema as CrdSchema) : { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
      hasStatusSubresource: isPlainObject(version.subresources) && version.subresources.status !== undefined,
    });
  }
  const scope = spec.scope === 'Namespaced' || spec.scope === 'Cluster' ? spec.scope : undefined;
  return { crd, group: spec.group, kind, scope, served };
}
