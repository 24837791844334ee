import { readDoubleQuoted } from './go-yaml-double-quoted.js';

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

// the stand-in escape, its character, and the other escapes that make that character
const standIns: [string, string, RegExp][] = [
  ['a', '\x07', /\\(?:a|x07|u0007|U00000007)/i],
  ['e', '\x1b', /\\(?:e|x1b|u001b|U0000001b)/i],
  ['v', '\x0b', /\\(?:v|x0b|u000b|U0000000b)/i],
  ['f', '\x0c', /\\(?:f|x0c|u000c|U0000000c)/i],
];

/** Where the text has `\'` as an escape (not `\\` then a quote). */
export function quoteEscapes(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf("\\'"); i !== -1; i = text.indexOf("\\'", i + 2)) {
    // `\\'` is an escaped backslash, then a quote: only an odd run of backslashes escapes it
    let run = 1;
    while (i - run >= 0 && text[i - run] === '\\') run++;
    if (run % 2 === 1) at.push(i);
  }
  return at;
}

/** The text with the `\'` escapes at `at` written as a stand-in escape, or undefined when no stand-in fits. */
export function quoteEscapeStandIn(text: string, at: number[]): QuoteEscapeStandIn | undefined {
  const fit = standIns.find(([, char, escapes]) => !text.includes(char) && !escapes.test(text));
  if (!fit) return undefined;
  const [letter, char] = fit;
  let out = '';
  let copied = 0;
  for (const i of at) {
    out += `${text.slice(copied, i)}\\${letter}`;
    copied = i + 2;
  }
  return { text: out + text.slice(copied), at, char };
}

/** The replaced escapes that lie in one of the double-quoted scalars starting at `starts`. */
export function inDoubleQuotes(standIn: QuoteEscapeStandIn, starts: Iterable<number>): number[] {
  const spans: [number, number][] = [];
  for (const start of starts) {
    const read = readDoubleQuoted(standIn.text, start);
    if (!('problem' in read)) spans.push([start, read.end]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const inside: number[] = [];
  let span = 0;
  for (const offset of standIn.at) {
    while (span < spans.length && spans[span]![1] <= offset) span++;
    const current = spans[span];
    if (current && current[0] <= offset) inside.push(offset);
  }
  return inside;
}

/** A value read from the stand-in text, with each stand-in character (in strings and keys) turned back into a quote. */
export function withQuotesRestored(value: unknown, char: string): unknown {
  if (typeof value === 'string') return value.includes(char) ? value.replaceAll(char, "'") : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withQuotesRestored(value[i], char);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const keys = Object.keys(object);
  if (!keys.some((key) => key.includes(char))) {
    for (const key of keys) object[key] = withQuotesRestored(object[key], char);
    return object;
  }
  return Object.fromEntries(keys.map((key) => [key.replaceAll(char, "'"), withQuotesRestored(object[key], char)]));
}
