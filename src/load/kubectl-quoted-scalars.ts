import { isScalar, visit, type Document } from 'yaml';
import { readDoubleQuoted, type DoubleQuoted } from './go-yaml-double-quoted.js';

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
export function needsExactQuotedScalars(text: string): boolean {
  return /[\u0085\u2028\u2029]|\\\r?\n[ \t]*\r?\n/.test(text);
}

/** Whether the text may hold an escape that js-yaml reads and kubectl refuses (`\/`, `\uD800`, `\U00110000`). */
export function mayHaveRefusedEscape(text: string): boolean {
  return text.includes('\\/') || text.includes('\\u') || text.includes('\\U');
}

/** Whether one of the double-quoted scalars starting at `starts` holds an escape kubectl refuses. */
export function hasRefusedEscape(text: string, starts: Iterable<number>): boolean {
  for (const start of starts) if ('problem' in readDoubleQuoted(text, start)) return true;
  return false;
}

/** Why kubectl refuses a double-quoted scalar, with offsets of the escape. */
export interface RefusedScalar {
  message: string;
  at: number;
  end: number;
}

const messages: Record<Exclude<DoubleQuoted, { value: string }>['problem'], string> = {
  'unknown-escape': 'a double-quoted string has an escape sequence kubectl does not know',
  'bad-hex': 'a double-quoted string has an invalid escape sequence',
  'bad-code-point': 'a double-quoted string escapes a surrogate or a code point past U+10FFFF, which kubectl refuses',
  unclosed: 'a double-quoted string is never closed',
  'document-marker': 'a document marker (--- or ...) at the start of a line ends the document inside a double-quoted string',
};

/**
 * Whether kubectl may read a double-quoted scalar of the text differently from the `yaml`
 * library: only an escape or a U+0085, U+2028 or U+2029 can make it. A test of the whole text,
 * made once per text, not per document.
 */
export function mayReadQuotedScalarsDifferently(text: string): boolean {
  return text.includes('\\') || /[\u0085\u2028\u2029]/.test(text);
}

/**
 * Reads each double-quoted scalar of a `yaml` Document (one without errors of its own) the way
 * kubectl does: its value becomes kubectl's, or the first scalar kubectl refuses is returned.
 * Worth calling only where mayReadQuotedScalarsDifferently holds.
 */
export function kubectlQuotedScalars(doc: Document, text: string): RefusedScalar | undefined {
  let refused: RefusedScalar | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE' || !node.range) return undefined;
      const read = readDoubleQuoted(text, node.range[0]);
      if ('problem' in read) {
        const isSlash = read.problem === 'unknown-escape' && text[read.at + 1] === '/';
        const message = isSlash ? 'a double-quoted string has the escape \\/, which kubectl does not know (write / alone)' : messages[read.problem];
        refused = { message, at: read.at, end: read.end };
        return visit.BREAK;
      }
      if (typeof node.value === 'string') node.value = read.value;
      return undefined;
    },
  });
  return refused;
}
