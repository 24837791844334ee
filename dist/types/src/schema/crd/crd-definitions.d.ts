import { type Resource, type ResourceSet } from '../../resources/index.js';
import { type CrdSchema } from './crd-schema.js';
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
export declare function collectCrdDefinitions(resources: ResourceSet): Map<string, CrdDefinition[]>;
/** The index key of a group and kind. */
export declare function groupKind(group: string, kind: string): string;
