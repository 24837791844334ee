import type { Tracked } from './tracked.js';
/** Where a merge stands in the object's schema: the OpenAPI type (for built-in kinds), or none below a custom resource. */
export interface MergeSchema {
    type?: string;
}
/**
 * Applies a strategic-merge patch the way kustomize 5 does (kyaml's merge2): maps merge key by
 * key, `null` deletes, `$patch: delete` removes the map and `$patch: replace` replaces it; lists
 * with a merge key merge item by item, the patch's items first and then the base's others, and a
 * `$patch: replace` item replaces the list; other lists (all of a custom resource's) are replaced. kustomize keeps
 * `$setElementOrder/…`, `$deleteFromPrimitiveList/…` and `$retainKeys` as plain fields, and so
 * does this (the API server then refuses them). Returns undefined when the patch deletes `base`.
 */
export declare function strategicMerge(base: Tracked, patch: Tracked, schema: MergeSchema): Tracked | undefined;
