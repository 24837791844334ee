import type { Diagnostic, Resource, UnreadableCrd } from '../resources/index.js';
import { commentDirectives } from './comment-directives.js';
import { startsLikeDocument } from './leading-lines.js';
import { markdownBlocks } from './markdown-reader.js';
import { isInChartTemplates } from './chart-template.js';
import { parseJson } from './parse-json.js';
import { parseStream, yamlDiagnostic, type ParsedStream } from './parse-stream.js';
import { SourceText } from './source-text.js';
import { hasTemplateActionOutsideComments } from './template-marks.js';
import { toResources } from './to-resources.js';

/** How a text is read: by the file's extension unless told. */
export type InputFormat = 'yaml' | 'json' | 'markdown';

/** Resources and input diagnostics of one file. */
export interface LoadedText {
  resources: Resource[];
  diagnostics: Diagnostic[];
  /** CRD documents with YAML errors: their custom resources are not reported as unknown kinds. */
  unreadableCrds?: UnreadableCrd[];
}

/** How loadText treats documents that are not Kubernetes objects. */
export interface LoadTextOptions {
  /** Keep them as resources (a kind cluster config read as a cluster model) instead of skipping them with a note. */
  keepNonManifests?: boolean;
  /**
   * Where the file is on disk (absolute), when `file` is a display name relative to a working
   * directory that need not be this process's (a library call with `cwd`): the Helm chart check
   * looks for Chart.yaml beside it.
   */
  path?: string;
  /** Whether a folder (absolute) holds a Chart.yaml; the disk is asked when unset (a git ref's tree is not the disk). */
  holdsChart?: (folder: string) => boolean;
}

/**
 * Reads the manifests in one file's text; `file` is the name diagnostics show. Markdown needs
 * the reader loaded first (`loadMarkdownReader`; the load/index.ts entry installs it).
 */
export function loadText(text: string, file: string, format: InputFormat = formatOf(file, text), options: LoadTextOptions = {}): LoadedText {
  const baseName = file.split(/[\\/]/).pop() ?? file;
  if (format === 'markdown') {
    if (text.length > maxMarkdownChars || hasLineLongerThan(text, maxMarkdownLine)) return { resources: [], diagnostics: [markdownTooLarge(file)] };
    const out: LoadedText = { resources: [], diagnostics: [] };
    let blocks;
    try {
      blocks = markdownBlocks(text);
    } catch (error) {
      // the Markdown parser recurses; absurdly nested notes exhaust the stack
      if (!(error instanceof RangeError)) throw error;
      return { resources: [], diagnostics: [{ ...yamlDiagnostic(new SourceText(file, ''), 'too-deep', 'skipped: the Markdown is nested too deeply to scan for YAML code blocks', [0, 0], 'info') }] };
    }
    for (const block of blocks) {
      const loaded = loadStream(new SourceText(file, block.text, block.lineMap), baseName, 'yaml', options);
      for (const item of loaded.resources) out.resources.push(item);
      for (const item of loaded.diagnostics) out.diagnostics.push(item);
      if (loaded.unreadableCrds) (out.unreadableCrds ??= []).push(...loaded.unreadableCrds);
    }
    return out;
  }
  return loadStream(new SourceText(file, text), baseName, format, options);
}

/** Notes beyond this are not scanned for code blocks: the Markdown parser needs seconds for them. */
export const maxMarkdownChars = 4 * 1024 * 1024;
/** Nor notes with a line this long: link syntax on such a line makes the parser quadratic. */
export const maxMarkdownLine = 64 * 1024;

function hasLineLongerThan(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); ; newline = text.indexOf('\n', lineStart)) {
    const lineEnd = newline === -1 ? text.length : newline;
    if (lineEnd - lineStart > limit) return true;
    if (newline === -1) return false;
    lineStart = newline + 1;
  }
}

function markdownTooLarge(file: string): Diagnostic {
  const message = `skipped: Markdown over ${maxMarkdownChars / (1024 * 1024)} MiB or with a line over ${maxMarkdownLine / 1024} KiB is not scanned for YAML code blocks`;
  return { ...yamlDiagnostic(new SourceText(file, ''), 'too-large', message, [0, 0], 'info') };
}

function loadStream(source: SourceText, baseName: string, format: 'yaml' | 'json', options: LoadTextOptions): LoadedText {
  const hasBraces = source.text.includes('{{');
  // Helm renders everything under a chart's templates/ folder before it is YAML
  if (hasBraces && isInChartTemplates(options.path ?? source.file, options.holdsChart)) return { resources: [], diagnostics: [templateNote(source, 0)] };
  const mayBeTemplate = hasBraces && format === 'yaml' && hasTemplateActionOutsideComments(source.text);
  const parsed = format === 'json' ? parseJson(source) : withoutTemplates(source, parseStream(source, { exact: mayBeTemplate }));
  const made = toResources(source, parsed.values, baseName, options.keepNonManifests === true);
  const directives = commentDirectives(source);
  if (directives.length > 0) {
    for (const resource of made.resources) {
      const found = directives[resource.source.documentIndex];
      if (found?.length) resource.directives = found;
    }
  }
  const loaded: LoadedText = { resources: made.resources, diagnostics: [...parsed.diagnostics, ...made.diagnostics] };
  if (parsed.unreadableCrds) loaded.unreadableCrds = parsed.unreadableCrds;
  return loaded;
}

/**
 * A document that does not load as YAML and has a `{{` outside its comments is a Go/Helm template:
 * its YAML errors give way to one note for the file. Documents that load are kept whatever their
 * comments or strings hold, as kubectl would apply them.
 */
function withoutTemplates(source: SourceText, parsed: ParsedStream): ParsedStream {
  const spans = parsed.spans;
  if (!spans) return parsed;
  const templateLines: [number, number][] = [];
  let noteAt: number | undefined;
  parsed.values.forEach((value, i) => {
    // one span per parsed document
    const [start, end] = spans[i]!;
    if (value !== undefined || !hasTemplateActionOutsideComments(source.text.slice(start, end))) return;
    // the last character of the span, so that the next document's first line stays its own
    const range = source.rangeOf(start, Math.max(start, end - 1));
    templateLines.push([range.start.line, range.end.line]);
    noteAt ??= start;
  });
  if (noteAt === undefined) return parsed;
  const inTemplate = (d: Diagnostic) => templateLines.some(([first, last]) => d.range.start.line >= first && d.range.start.line <= last);
  return { ...parsed, diagnostics: [templateNote(source, noteAt), ...parsed.diagnostics.filter((d) => !inTemplate(d))] };
}

const templateMessage = 'skipped: a Go/Helm template, not YAML until it is rendered (run `helm template` and check the output)';

/** Whether a diagnostic is the note that a Go/Helm template was skipped (runs count them). */
export function isTemplateNote(diagnostic: Diagnostic): boolean {
  return diagnostic.ruleId === 'input/not-a-manifest' && diagnostic.message === templateMessage;
}

function templateNote(source: SourceText, at: number): Diagnostic {
  const diagnostic = yamlDiagnostic(source, 'syntax', templateMessage, [at, at], 'info');
  return { ...diagnostic, ruleId: 'input/not-a-manifest', messageId: 'not-a-manifest' };
}

const markdownFence = /^[ \t>]*(?:```|~~~)/m;
// `## Title` also reads as a YAML comment; a manifest would have apiVersion or kind at the margin
const markdownHeading = /^#{1,6} \S/m;
const topLevelManifestKey = /^(?:apiVersion|kind):/m;

/** Whether a file's name makes it Markdown notes, whose code blocks are read as separate examples. */
export function isMarkdownName(file: string): boolean {
  return /\.(md|markdown|mdx)$/i.test(file);
}

/**
 * The format a file name suggests; a file of another extension (named on the command line) is
 * YAML or JSON when it starts like a document, else Markdown-like notes with code blocks.
 */
export function formatOf(file: string, text: string): InputFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (isMarkdownName(lower)) return 'markdown';
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  const isNotes = markdownFence.test(text) || (markdownHeading.test(text) && !topLevelManifestKey.test(text));
  if (!startsLikeDocument(text) || isNotes) return 'markdown';
  return text.trimStart().startsWith('{') ? 'json' : 'yaml';
}
