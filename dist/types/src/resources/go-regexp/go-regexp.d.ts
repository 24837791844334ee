/** A compiled pattern, tested the way Go's `regexp.MatchString` does: an unanchored search. */
export interface PatternMatcher {
    test(text: string): boolean;
}
/** A pattern as Go's regexp package compiles it: a matcher, or why the pattern is invalid. */
export type CompiledPattern = {
    matcher: PatternMatcher;
    error?: undefined;
} | {
    matcher?: undefined;
    error: string;
};
/**
 * Compiles a Go RE2 pattern (as CRD `pattern`s, CEL `matches()` and `--schemas` patterns are
 * written) with re2js, whose matching time is linear in the input. The result is cached.
 */
export declare function compileGoRegexp(pattern: string): CompiledPattern;
/** The matcher of a pattern; an invalid pattern accepts everything (its CRD is reported instead). */
export declare function compileGoPattern(pattern: string): PatternMatcher;
/**
 * A matcher of whole texts for `pattern` (as kube-linter's `key=regex` options match label and
 * annotation values); undefined when RE2 rejects the pattern or it is too large to compile.
 */
export declare function compileGoWholeTextPattern(pattern: string): PatternMatcher | undefined;
/** Why Go's regexp package rejects `pattern`, or undefined when it compiles. */
export declare function goPatternError(pattern: string): string | undefined;
