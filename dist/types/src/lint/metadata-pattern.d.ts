/**
 * One entry of a label or annotation policy, as a rule option writes it: `key`, `key=regex`, or
 * `key!=regex`. Keys cannot contain `=` or `!`, so the first `=` (or `!=`) splits the two.
 */
export interface MetadataPattern {
    key: string;
    /** Matched against the whole value; absent when only the key matters. */
    value?: ValueMatcher;
    /** The regex as written after `=` or `!=`, for messages. */
    valueText?: string;
    /** Written `key!=regex`: the value satisfies the entry when the regex does NOT match it. */
    negated?: true;
    /** The entry as written, for messages. */
    text: string;
}
/** A compiled value regex: `test` is a full match. */
export interface ValueMatcher {
    test(text: string): boolean;
}
/**
 * Reads `key`, `key=regex` or `key!=regex`. The regex has Go's RE2 syntax (as kube-linter's and
 * the API server's) and runs in linear time; it must match the whole value. One that RE2 cannot
 * compile (or that is too large to compile quickly) is compared as literal text, so a bad entry
 * never stops a run.
 */
export declare const parseMetadataPattern: (value: string) => MetadataPattern;
/** Whether a label or annotation value satisfies the pattern's value part (always, without one). */
export declare function metadataValueMatches(pattern: MetadataPattern, value: unknown): boolean;
