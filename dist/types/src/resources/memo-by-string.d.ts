/**
 * `fn` with its results remembered by argument. Label keys, names and quantities repeat across
 * thousands of resources, so checking each distinct string once saves most of the work. The
 * memory is emptied when it reaches `limit` entries, so unusual input cannot make it large.
 * Only for pure functions whose results callers do not change.
 */
export declare function memoByString<T>(fn: (value: string) => T, limit?: number): (value: string) => T;
