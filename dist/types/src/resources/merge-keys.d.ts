import type { JsonPath } from './json-path.js';
/** The merge key of the list at `path` in a built-in object, or undefined for an atomic list. */
export declare function mergeKeyOf(path: JsonPath): string | undefined;
/**
 * Built-in kinds get strategic merge; custom resources (no Go struct tags) get JSON merge
 * patch, where every list is atomic.
 */
export declare function usesStrategicMerge(group: string): boolean;
