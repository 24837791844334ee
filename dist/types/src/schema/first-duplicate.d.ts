/** Indices of the first two equal items, as ajv's `uniqueItems` names them: `later` > `earlier`. */
export interface DuplicatePair {
    earlier: number;
    later: number;
}
/**
 * The first repeated item of a JSON list, found with a canonical text of each item in linear
 * time (ajv's `uniqueItems` compares objects pairwise, quadratic in the list's length). Like
 * ajv it scans from the end, so the pair is the same one ajv would report.
 */
export declare function firstDuplicate(list: readonly unknown[]): DuplicatePair | undefined;
