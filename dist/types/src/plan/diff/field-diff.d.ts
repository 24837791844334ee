import { type JsonPath } from '../../resources/index.js';
import type { FieldChange } from '../plan.js';
/** One differing field, with its JSON path in the newer object (or the older one for a removal). */
export interface FieldDifference extends FieldChange {
    jsonPath: JsonPath;
}
export interface DiffOptions {
    /** Built-in kinds merge lists by key; custom resources compare lists whole. */
    strategic: boolean;
    /** Values under these top-level keys are shown as `(sensitive value)` (Secret `data`). */
    sensitiveRoots?: ReadonlySet<string>;
}
/** What a Secret value is shown as. */
export declare const sensitiveValue = "(sensitive value)";
/** Deep equality of JSON values, with quantities in resource maps compared by value. */
export declare function sameValue(a: unknown, b: unknown, parentKey?: string | number): boolean;
/**
 * The fields that differ between two normalised objects, paths naming list items by merge key
 * (`containers[name=web]`) so that they do not shift when an item is inserted.
 */
export declare function diffFields(before: unknown, after: unknown, options: DiffOptions): FieldDifference[];
