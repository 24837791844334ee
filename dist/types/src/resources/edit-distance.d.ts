/** Levenshtein distance, for suggestions among short names (a table of a's length by b's). */
export declare function editDistance(a: string, b: string): number;
