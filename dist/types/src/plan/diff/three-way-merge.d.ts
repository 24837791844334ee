import { type JsonPath } from '../../resources/index.js';
/** How lists merge: strategic (built-in kinds, by merge key) or JSON merge patch (every list atomic). */
export interface MergeStyle {
    strategic: boolean;
}
/**
 * What the live object becomes after `kubectl apply` (client-side): fields of `modified` are
 * set, fields in `original` (the last-applied manifest) but not in `modified` are removed,
 * and fields only the server or other clients set are kept. Lists with a merge key merge item
 * by item; other lists are replaced whole. Returns a new value.
 */
export declare function threeWayMerge(original: unknown, modified: unknown, current: unknown, style: MergeStyle, path?: JsonPath): unknown;
