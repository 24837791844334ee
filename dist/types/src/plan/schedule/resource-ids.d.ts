/**
 * A small number for a resource name, so node usage lives in arrays instead of maps (the
 * resource check runs once per node per Pod). Shared by every simulation; names are few.
 */
export declare function resourceId(name: string): number;
/** The name behind an id from {@link resourceId}. */
export declare function resourceName(id: number): string;
/** How many resource names have an id so far. */
export declare function resourceCount(): number;
