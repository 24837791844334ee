/**
 * Up to three of `known` closest to `id` by edit distance (within a third of its length, at
 * least 2), nearest first: the suggestions for an id drydock does not know.
 */
export declare function closestIds(id: string, known: readonly string[]): string[];
