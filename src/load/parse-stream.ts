import jsYaml from 'js-yaml';
import { isAlias, isCollection, isPair, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import { quoteName, type Diagnostic } from '../resources/index.js';
import { badMergeKeyOffset } from './bad-merge-key.js';
import { kubectlYamlSchema } from './kubectl-yaml-schema.js';
import { hasCycle } from './has-cycle.js';
import { PositionIndex } from './position-index.js';
import { exactParseOptions, hasContent, type SourceText } from './source-text.js';
import { yamlCodeOf, type YamlCode } from './yaml-codes.js';
import { yamlErrorMessage } from './yaml-messages.js';

/** Deeper documents are refused: real manifests (even large CRDs) stay far below this. */
export const maxDepth = 256;
/** YAML problems reported per file: past the first few, most are echoes of one mistake. */
export const maxYamlErrors = 100;
/** Aliases one document may expand; more is treated as an alias bomb. */
export const maxAliasCount = 100;

// maxDepth is a js-yaml 4.1.1+ option the type definitions do not list yet
const fastLoadOptions = { schema: kubectlYamlSchema, maxDepth } as jsYaml.LoadOptions;

/** The values of a YAML stream's non-empty documents (undefined where a document is broken). */
export interface ParsedStream {
  values: unknown[];
  diagnostics: Diagnostic[];
  /** Character offsets [start, end) of each document, beside `values`; only from `exact` parsing. */
  spans?: [number, number][];
}

/** How parseStream reads a text. */
export interface ParseOptions {
  /** Take the exact path even when the fast one would do, to learn where each document lies. */
  exact?: boolean;
}

/**
 * Reads a YAML stream. The fast path is js-yaml with kubectl's scalar rules; anything it refuses
 * (and any text with aliases, which need a bound on expansion) takes the exact path through the
 * `yaml` library, whose errors carry codes and positions.
 */
export function parseStream(source: SourceText, options: ParseOptions = {}): ParsedStream {
  if (!options.exact && !mayHaveAliases(source.text) && !hasMultilineQuotedScalar(source.text)) {
    try {
      const index = new PositionIndex(source.text);
      const documents = jsYaml.loadAll(source.text, null, { ...fastLoadOptions, listener: index.listener } as jsYaml.LoadOptions);
      const values: unknown[] = [];
      const roots: number[] = [];
      documents.forEach((value, i) => {
        if (value === null || value === undefined) return;
        values.push(value);
        roots.push(index.roots[i]);
      });
      // an anchor the pre-scan missed (`&&`) can still make a value refer to itself; the exact
      // path reports that, so such a text goes there
      if (source.text.includes('&') && values.some(hasCycle)) return parseExact(source);
      // js-yaml reads a mapping or list as a key (`{{ .Values.x }}` unquoted) as the text
      // "[object Object]"; the exact path refuses it. `{{` inside strings, common in templated
      // values, costs only this look at the index, not a second parse.
      if (mayHaveCollectionKey(source.text) && index.hasCollectionKey()) return parseExact(source);
      if (index.roots.length === documents.length) source.adoptIndex(index, roots);
      return { values, diagnostics: [] };
    } catch (error) {
      if (isDepthError(error)) return tooDeep(source, error);
      // fall through: the exact parser explains the problem with positions
    }
  }
  return parseExact(source);
}

function parseExact(source: SourceText): ParsedStream {
  let documents: Document[];
  // the library makes an Error per problem, and a hostile line can hold 100,000s of them:
  // capturing their stacks would cost more than the parse
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    documents = parseAllDocuments(source.text, exactParseOptions).filter(hasContent) as Document[];
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(source, error);
    throw error;
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  source.adoptDocuments(documents);
  const diagnostics: Diagnostic[] = [];
  let errorCount = 0;
  // a document's errors can lie past its node (a broken template runs on), so each span reaches the next document
  const starts = documents.map((doc, i) => (i === 0 ? 0 : (doc.range?.[0] ?? 0)));
  const spans = starts.map((start, i): [number, number] => [start, starts[i + 1] ?? source.text.length]);
  const values = documents.map((doc) => {
    let isBroken = false;
    for (const error of doc.errors) {
      const code = yamlCodeOf(error.code);
      // kubectl keeps the last of duplicate keys; the object is still worth checking
      if (code !== 'duplicate-key') isBroken = true;
      if (++errorCount > maxYamlErrors) continue;
      diagnostics.push(yamlDiagnostic(source, code, describeError(error, code, source.text), error.pos));
    }
    if (isBroken) return undefined;
    const collectionKey = collectionKeyOffset(doc);
    if (collectionKey !== undefined) {
      const message = 'a mapping key here is itself a mapping or a list; kubectl cannot turn such a key into JSON and refuses the document';
      diagnostics.push(yamlDiagnostic(source, 'syntax', message, [collectionKey, collectionKey + 1]));
      return undefined;
    }
    try {
      const value: unknown = doc.toJS({ maxAliasCount });
      if (!hasCycle(value)) return value;
      const start = doc.contents?.range?.[0] ?? 0;
      diagnostics.push(yamlDiagnostic(source, 'alias-limit', 'an alias refers to the anchor that contains it, so the value would be infinite', [start, start]));
      return undefined;
    } catch (error) {
      const start = doc.contents?.range?.[0] ?? 0;
      const unknownAlias = error instanceof ReferenceError ? unresolvedAliasOffset(doc) : undefined;
      if (unknownAlias !== undefined) {
        diagnostics.push(yamlDiagnostic(source, 'unknown-alias', 'an alias (*name) refers to an anchor (&name) that is not defined before it', [unknownAlias, unknownAlias + 1]));
      } else if (error instanceof ReferenceError) {
        diagnostics.push(yamlDiagnostic(source, 'alias-limit', `aliases expand to too many nodes (more than ${maxAliasCount}); refusing a possible alias bomb`, [start, start]));
      } else if (error instanceof RangeError) {
        diagnostics.push(yamlDiagnostic(source, 'too-deep', `the document is nested too deeply`, [start, start]));
      } else {
        const mergeAt = badMergeKeyOffset(doc);
        if (mergeAt === undefined) throw error;
        diagnostics.push(yamlDiagnostic(source, 'syntax', 'a merge key (<<) takes a mapping or a list of mappings; kubectl refuses anything else', [mergeAt, mergeAt + 2]));
      }
      return undefined;
    }
  });
  if (errorCount > maxYamlErrors) {
    const end = source.text.length;
    diagnostics.push(yamlDiagnostic(source, 'syntax', `${errorCount - maxYamlErrors} more YAML problems in this file are not shown`, [end, end], 'info'));
  }
  return { values, diagnostics, spans };
}

/** Where the first alias without an anchor before it stands, if one does. */
function unresolvedAliasOffset(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return found;
}

/** Where the first mapping key that is a collection (`{{ .Values.x }}`, `? [a, b]`) stands, if one does. */
function collectionKeyOffset(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !(isCollection(pair.key) || (isAlias(pair.key) && isCollection(pair.key.resolve(doc))))) return undefined;
      found = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return found;
}

/** A diagnostic for a YAML problem at character offsets of the source. */
export function yamlDiagnostic(source: SourceText, code: YamlCode, message: string, pos: readonly [number, number], severity: Diagnostic['severity'] = 'error'): Diagnostic {
  return { ruleId: `yaml/${code}`, messageId: code, severity, message, range: source.rangeOf(pos[0], pos[1], true) };
}

// The library's own messages quote the input; ours name the problem and leave the spot to the position.
function describeError(error: YAMLError, code: YamlCode, text: string): string {
  if (code === 'duplicate-key') {
    const lineEnd = text.indexOf('\n', error.pos[0]);
    // 256 characters of the line are enough for a key (cut further when quoted), and keep the
    // pattern's lazy `[^:\n]+?\s*` from retrying every blank of a long line
    const line = text.slice(error.pos[0], Math.min(lineEnd === -1 ? text.length : lineEnd, error.pos[0] + 256));
    const key = /^(?:"([^"\\]*)"|'([^']*)'|([^:\n]+?))\s*:/.exec(line);
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    const which = name === undefined ? 'a mapping key' : `key ${quoteName(name)}`;
    return `duplicate ${which}: a mapping key must be unique (kubectl would silently keep only the last value)`;
  }
  return yamlErrorMessage(error, code);
}

function tooDeep(source: SourceText, error: unknown): ParsedStream {
  const mark = (error as { mark?: { position?: number } }).mark;
  const at = mark?.position ?? 0;
  return {
    values: [],
    diagnostics: [yamlDiagnostic(source, 'too-deep', `the document is nested more than ${maxDepth} levels deep`, [at, at])],
  };
}

function isDepthError(error: unknown): boolean {
  return error instanceof RangeError || (error instanceof Error && error.message.includes('maxDepth'));
}

// Aliases need an anchor (`&name` where a node may start); without one js-yaml refuses any alias.
const anchorPattern = /(?:^[ \t]*(?:-[ \t]+)*|:[ \t]+|[[{,][ \t]*)&[^\s,[\]{}&][^\s,[\]{}]*(?=[\s,\]}]|$)/m;

// A collection as a mapping key starts with `{{`, `{[` (in flow) or an explicit `? ` key; only
// texts where one may stand have their index searched for such a key.
const collectionKeyStart = /\{[ \t]*[{[]|^[ \t-]*\?(?:[ \t]|$)/m;

function mayHaveCollectionKey(text: string): boolean {
  return (text.includes('{') || text.includes('?')) && collectionKeyStart.test(text);
}

function mayHaveAliases(text: string): boolean {
  return text.includes('&') && anchorPattern.test(text);
}

// js-yaml (like go-yaml) accepts a multi-line quoted scalar whose continuation lines are not
// indented past their key, which YAML forbids; such texts take the exact path so it is reported.
// A quote opens such a scalar when it starts a value (after `key: `, `- ` or at the line start)
// and nothing closes it before the line ends. Scanning quote by quote is several times faster
// than one regex that must try its prefix at every character of the text.
const quoteChar = /['"]/g;

function hasMultilineQuotedScalar(text: string): boolean {
  if (!text.includes("'") && !text.includes('"')) return false;
  quoteChar.lastIndex = 0;
  for (let match = quoteChar.exec(text); match; match = quoteChar.exec(text)) {
    const at = match.index;
    if (!startsValue(text, at)) continue;
    const openUntil = openQuoteLineEnd(text, at + 1);
    if (openUntil === undefined) continue;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (isUnderIndented(text, indentAt(text, lineStart), text[at], openUntil)) return true;
    quoteChar.lastIndex = openUntil;
  }
  return false;
}

/**
 * Where the line ends if the quote before `from` stays open to its end: the text up to there is
 * only plain characters, `\x` escapes and doubled `''`. Otherwise undefined. (Plain string code:
 * the regex it replaces recursed once per character and overflowed the stack on a 10 MB string.)
 * Like a multiline `$`, a CR, U+2028 or U+2029 also ends a line.
 */
function openQuoteLineEnd(text: string, from: number): number | undefined {
  let lastBreak: number | undefined;
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') return i;
    if (c === '\r' || c === '\u2028' || c === '\u2029') lastBreak = i;
    if (c === '"') return lastBreak;
    if (c === "'") {
      if (text[i + 1] !== "'") return lastBreak;
      i += 2;
    } else if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined || '\n\r\u2028\u2029'.includes(next)) return lastBreak;
      i += 2;
    } else {
      i++;
    }
  }
  return text.length;
}

/** Whether the character at `at` follows `key:` and blanks, or only blanks and an optional `- ` on its line. */
function startsValue(text: string, at: number): boolean {
  const blanksStart = skipBlanksBack(text, at);
  if (isLineStart(text, blanksStart)) return true;
  if (blanksStart === at) return false;
  const before = text[blanksStart - 1];
  if (before === ':') return true;
  return before === '-' && isLineStart(text, skipBlanksBack(text, blanksStart - 1));
}

function skipBlanksBack(text: string, from: number): number {
  let i = from;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

// where a multiline regex's `^` matches
function isLineStart(text: string, i: number): boolean {
  return i === 0 || '\n\r\u2028\u2029'.includes(text[i - 1]);
}

function isUnderIndented(text: string, keyIndent: number, quote: string, from: number): boolean {
  let lineStart = text.indexOf('\n', from) + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (line.trim() !== '') {
      if (indentAt(text, lineStart) <= keyIndent) return true;
      if (closesQuote(line, quote)) return false;
    }
    lineStart = lineEnd + 1;
  }
  return false;
}

function closesQuote(line: string, quote: string): boolean {
  return quote === "'" ? /(^|[^'])'(?!')/.test(line.replace(/''/g, '')) : /(^|[^\\])"/.test(line);
}

function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}
