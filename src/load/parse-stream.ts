import jsYaml from 'js-yaml';
import { isAlias, isCollection, isPair, parseAllDocuments, visit, type Document, type YAMLError } from 'yaml';
import { quoteName, type Diagnostic, type UnreadableCrd } from '../resources/index.js';
import { badMergeKeyOffset } from './bad-merge-key.js';
import { mayEndInBlockScalar, trimFinalBlockScalar, trimFinalString } from './final-block-scalar.js';
import { hasRefusedEscape, kubectlQuotedScalars, mayHaveRefusedEscape, mayReadQuotedScalarsDifferently, needsExactQuotedScalars } from './kubectl-quoted-scalars.js';
import { kubectlYamlSchema } from './kubectl-yaml-schema.js';
import { hasCycle } from './has-cycle.js';
import { PositionIndex } from './position-index.js';
import { inDoubleQuotes, quoteEscapes, quoteEscapeStandIn, withQuotesRestored, type QuoteEscapeStandIn } from './quote-escape-stand-in.js';
import { mayHaveRefusedTab, TabChecker } from './go-yaml-tabs.js';
import { unreadableCrdOf, unreadableCrdOfValue } from './unreadable-crd-of.js';
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
  /** The CRD documents that could not be read. */
  unreadableCrds?: UnreadableCrd[];
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
  if (options.exact || mayHaveAliases(source.text) || needsExactQuotedScalars(source.text)) return parseExact(source);
  const escapes = source.text.includes("\\'") ? quoteEscapes(source.text) : [];
  try {
    return (escapes.length === 0 ? parseFast(source, undefined) : parseWithStandIns(source, escapes)) ?? parseExact(source);
  } catch (error) {
    if (isDepthError(error)) return tooDeep(source, error);
    // the exact parser explains the problem with positions
    return parseExact(source);
  }
}

/**
 * The fast path for a text with `\'` escapes. A second try replaces only those the first found in
 * double quotes, or none when js-yaml refused the first (a `\'` ending a single-quoted string).
 */
function parseWithStandIns(source: SourceText, escapes: number[]): ParsedStream | undefined {
  let at = escapes;
  for (let attempt = 0; attempt < 2; attempt++) {
    const standIn = quoteEscapeStandIn(source.text, at);
    if (!standIn) return undefined;
    let result: ParsedStream | number[] | undefined;
    try {
      result = parseFast(source, standIn);
    } catch (error) {
      if (attempt > 0 || isDepthError(error)) throw error;
      result = [];
    }
    if (!Array.isArray(result)) return result;
    at = result;
  }
  return undefined;
}

/**
 * The fast path: js-yaml with kubectl's scalar rules; undefined where the exact path must decide.
 * With a stand-in for `\'` escapes, the escapes it replaced outside double quotes, if any.
 */
function parseFast(source: SourceText, standIn: QuoteEscapeStandIn): ParsedStream | number[] | undefined;
function parseFast(source: SourceText, standIn: undefined): ParsedStream | undefined;
function parseFast(source: SourceText, standIn: QuoteEscapeStandIn | undefined): ParsedStream | number[] | undefined {
  const text = standIn?.text ?? source.text;
  const index = new PositionIndex(text);
  const tabs = mayHaveRefusedTab(text) ? new TabChecker(text) : undefined;
  const listener = tabs ? (event: 'open' | 'close', state: Parameters<typeof index.listener>[1]) => (index.listener(event, state), tabs.listener(event, state)) : index.listener;
  const documents = jsYaml.loadAll(text, null, { ...fastLoadOptions, listener } as jsYaml.LoadOptions);
  if (standIn) {
    const inside = inDoubleQuotes(standIn, index.doubleQuotedStarts());
    if (inside.length < standIn.at.length) return inside;
    documents.forEach((value, i) => (documents[i] = withQuotesRestored(value, standIn.char)));
    index.mapStrings((value) => withQuotesRestored(value, standIn.char) as string);
  }
  const values: unknown[] = [];
  const roots: number[] = [];
  documents.forEach((value, i) => {
    if (value === null || value === undefined) return;
    values.push(value);
    // the position index has one root per document
    roots.push(index.roots[i]!);
  });
  // an anchor the pre-scan missed (`&&`) can still make a value refer to itself; the exact
  // path reports that, so such a text goes there
  if (source.text.includes('&') && values.some(hasCycle)) return undefined;
  // js-yaml reads a mapping or list as a key (`{{ .Values.x }}` unquoted) as the text
  // "[object Object]"; the exact path refuses it. `{{` inside strings, common in templated
  // values, costs only this look at the index, not a second parse.
  if (mayHaveCollectionKey(source.text) && index.hasCollectionKey()) return undefined;
  // escapes js-yaml reads and kubectl refuses (`\/`, surrogates): the exact path reports them
  if (mayHaveRefusedEscape(source.text) && hasRefusedEscape(source.text, index.doubleQuotedStarts())) return undefined;
  const finalBlock = mayEndInBlockScalar(source.text) ? index.finalBlockScalar() : undefined;
  if (finalBlock !== undefined && values.length > 0) values[values.length - 1] = trimFinalString(values[values.length - 1], finalBlock);
  if (index.roots.length === documents.length) source.adoptIndex(index, roots);
  const tab = tabs?.firstRefusedTab();
  if (tab !== undefined) return refusedTab(source, values, roots.map((root) => index.startOf(root)), tab);
  return { values, diagnostics: [] };
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
  const lastDocument = documents.at(-1);
  if (lastDocument && mayEndInBlockScalar(source.text)) trimFinalBlockScalar(lastDocument, source.text);
  const diagnostics: Diagnostic[] = [];
  let errorCount = 0;
  // a document's errors can lie past its node (a broken template runs on), so each span reaches the next document
  const starts = documents.map((doc, i) => (i === 0 ? 0 : (doc.range?.[0] ?? 0)));
  const spans = starts.map((start, i): [number, number] => [start, starts[i + 1] ?? source.text.length]);
  // a look at the whole text: once here, not once per document
  const readsQuotedScalars = mayReadQuotedScalarsDifferently(source.text);
  const values = documents.map((doc) => {
    let isBroken = false;
    for (const error of doc.errors) {
      // kubectl reads `\'` in double quotes as a quote; the value is set below
      if (error.code === 'BAD_DQ_ESCAPE' && source.text.startsWith("\\'", error.pos[0])) continue;
      const code = yamlCodeOf(error.code);
      // kubectl keeps the last of duplicate keys; the object is still worth checking
      if (code !== 'duplicate-key') isBroken = true;
      if (++errorCount > maxYamlErrors) continue;
      diagnostics.push(yamlDiagnostic(source, code, describeError(error, code, source.text), error.pos));
    }
    if (isBroken) return undefined;
    const refused = readsQuotedScalars ? kubectlQuotedScalars(doc, source.text) : undefined;
    if (refused) {
      diagnostics.push(yamlDiagnostic(source, 'syntax', refused.message, [refused.at, refused.end]));
      return undefined;
    }
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
  const unreadableCrds: UnreadableCrd[] = [];
  values.forEach((value, i) => {
    // values were made from documents, one each
    const crd = value === undefined ? unreadableCrdOf(documents[i]!, source.text) : undefined;
    if (crd) unreadableCrds.push(crd);
  });
  return { values, diagnostics, spans, ...(unreadableCrds.length > 0 ? { unreadableCrds } : {}) };
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

// kubectl stops at the tab: the document holding it (the last to start before it) is not read
function refusedTab(source: SourceText, values: unknown[], starts: number[], at: number): ParsedStream {
  let broken = 0;
  starts.forEach((start, i) => {
    if (start <= at) broken = i;
  });
  const message = 'a tab where kubectl (go-yaml v2) allows only spaces: at the start of a line (blank and comment lines too) or right after a list dash';
  const parsed: ParsedStream = { values: values.map((value, i) => (i === broken ? undefined : value)), diagnostics: [yamlDiagnostic(source, 'tab-indent', message, [at, at + 1])] };
  // a CRD refused here is as unreadable to kubectl as one the exact path refuses
  const crd = broken < values.length ? unreadableCrdOfValue(values[broken], source.text.slice(starts[broken] ?? 0, starts[broken + 1] ?? source.text.length)) : undefined;
  if (crd) parsed.unreadableCrds = [crd];
  return parsed;
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
