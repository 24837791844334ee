/** The candidate closest to `word` (case-insensitive equal, or within a small edit distance). */
export declare function didYouMean(word: string, candidates: Iterable<string>): string | undefined;
