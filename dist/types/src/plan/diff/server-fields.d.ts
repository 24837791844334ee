import { type JsonObject } from '../../resources/index.js';
/** The annotation `kubectl apply` keeps the last applied manifest in. */
export declare const lastAppliedAnnotation = "kubectl.kubernetes.io/last-applied-configuration";
/**
 * Removes what the API server and controllers write into a live object (`status`, uid,
 * resourceVersion, managedFields, bookkeeping annotations, controller finalizers), so that a
 * live dump compares with manifests. Changes `object` in place; it must be a copy.
 */
export declare function stripServerFields(object: JsonObject, kind: string, keepOwnerReferences: boolean): void;
/** A live object carries what only the server writes; a manifest never does. */
export declare function isLiveObject(object: JsonObject): boolean;
/** The last-applied manifest of a live object, or undefined when it has none (or it is not JSON). */
export declare function lastAppliedOf(object: JsonObject): JsonObject | undefined;
