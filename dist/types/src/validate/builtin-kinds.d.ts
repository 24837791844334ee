import { type Resource, type ResourceSet } from '../resources/index.js';
/** The API group of the resource ('' for core). */
export declare function groupOf(resource: Resource): string;
/** Whether the resource is a built-in kind the API server serves (any version of its group). */
export declare function isBuiltInKind(resource: Resource): boolean;
/** Whether the resource is a kind in `group` (core is ''), so checks can skip look-alike CRDs. */
export declare function isKind(resource: Resource, group: string, ...kinds: string[]): boolean;
/**
 * The scope the server gives the resource: from the built-in tables, or from a CRD in the same
 * input; undefined when drydock cannot know (a custom resource without its CRD).
 */
export declare function scopeOf(resource: Resource, resources: ResourceSet): 'Namespaced' | 'Cluster' | undefined;
/** The CustomResourceDefinition in the input that defines the resource's group and kind. */
export declare function crdOf(resource: Resource, resources: ResourceSet): Resource | undefined;
/**
 * Whether the server validates this resource's metadata: a built-in kind, or a custom resource
 * (a dotted API group that is not a tool's configuration format such as kustomize's).
 */
export declare function hasServerMetadata(resource: Resource, resources: ResourceSet): boolean;
