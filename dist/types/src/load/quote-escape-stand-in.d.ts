/**
 * kubectl reads `\'` in double quotes as a quote; js-yaml refuses it. So that such texts can
 * still take the fast path, each `\'` is written as another two-character escape (`\a`, or `\e`,
 * `\v`, `\f`: one whose character the text cannot hold otherwise) for js-yaml, so every offset
 * stays, and that character is turned back into a quote in what js-yaml read. That is exact only
 * when every `\'` replaced stood in a double-quoted scalar: parseStream checks it, and replaces
 * only those that did on a second try (a `\'` in a comment or a single-quoted string).
 */
export interface QuoteEscapeStandIn {
    /** The text js-yaml reads. */
    text: string;
    /** Where each `\'` was replaced. */
    at: number[];
    /** The character the stand-in escape reads as. */
    char: string;
}
/** Where the text has `\'` as an escape (not `\\` then a quote). */
export declare function quoteEscapes(text: string): number[];
/** The text with the `\'` escapes at `at` written as a stand-in escape, or undefined when no stand-in fits. */
export declare function quoteEscapeStandIn(text: string, at: number[]): QuoteEscapeStandIn | undefined;
/** The replaced escapes that lie in one of the double-quoted scalars starting at `starts`. */
export declare function inDoubleQuotes(standIn: QuoteEscapeStandIn, starts: Iterable<number>): number[];
/** A value read from the stand-in text, with each stand-in character (in strings and keys) turned back into a quote. */
export declare function withQuotesRestored(value: unknown, char: string): unknown;
