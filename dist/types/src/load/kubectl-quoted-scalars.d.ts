import { type Document } from 'yaml';
/**
 * Where js-yaml and the `yaml` library read double-quoted scalars differently from kubectl
 * (go-yaml v2, see go-yaml-double-quoted.ts), drydock takes kubectl's reading. docs/yaml.md has
 * the table.
 */
/**
 * Texts the fast path (js-yaml) cannot read as kubectl does: js-yaml reads U+0085, U+2028 and
 * U+2029 inside double quotes as content where kubectl folds them as line breaks, and drops the
 * empty lines after an escaped line break, which kubectl keeps. Such texts take the exact path,
 * which fixes the values. (`\'`, which js-yaml refuses, has a stand-in: quote-escape-stand-in.ts.)
 */
export declare function needsExactQuotedScalars(text: string): boolean;
/** Whether the text may hold an escape that js-yaml reads and kubectl refuses (`\/`, `\uD800`, `\U00110000`). */
export declare function mayHaveRefusedEscape(text: string): boolean;
/** Whether one of the double-quoted scalars starting at `starts` holds an escape kubectl refuses. */
export declare function hasRefusedEscape(text: string, starts: Iterable<number>): boolean;
/** Why kubectl refuses a double-quoted scalar, with offsets of the escape. */
export interface RefusedScalar {
    message: string;
    at: number;
    end: number;
}
/**
 * Whether kubectl may read a double-quoted scalar of the text differently from the `yaml`
 * library: only an escape or a U+0085, U+2028 or U+2029 can make it. A test of the whole text,
 * made once per text, not per document.
 */
export declare function mayReadQuotedScalarsDifferently(text: string): boolean;
/**
 * Reads each double-quoted scalar of a `yaml` Document (one without errors of its own) the way
 * kubectl does: its value becomes kubectl's, or the first scalar kubectl refuses is returned.
 * Worth calling only where mayReadQuotedScalarsDifferently holds.
 */
export declare function kubectlQuotedScalars(doc: Document, text: string): RefusedScalar | undefined;
