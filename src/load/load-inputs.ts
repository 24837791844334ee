import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import type { Diagnostic, Resource, UnreadableCrd } from '../resources/index.js';
import { decodeText } from './decode-text.js';
import type { KustomizeFiles, ReadResult } from './kustomize-files.js';
import { displayName, findInputFiles, type FindOptions, type SkippedCounts } from './find-files.js';

export { displayName } from './find-files.js';
import { formatOf, loadText, type LoadedText } from './load-text.js';
import { loadMarkdownReader } from './markdown-reader.js';
import { SourceText } from './source-text.js';
import { yamlDiagnostic } from './parse-stream.js';
import type { YamlCode } from './yaml-codes.js';

/** Files larger than this are refused: no manifest is that big, and parsing it would stall a run. */
export const defaultMaxFileBytes = 32 * 1024 * 1024;

export interface LoadOptions extends FindOptions {
  /** Reads standard input, for the path `-`. */
  readStdin?: StdinReader;
  maxFileBytes?: number;
}

/** Everything read from the inputs. `files` are the names diagnostics use, in input order. */
export interface LoadResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
  files: string[];
  /** What the search passed over (hidden, `node_modules`, ignored, links leaving the root). */
  skipped: SkippedCounts;
  /** CRD documents with YAML errors (see LoadedText). */
  unreadableCrds: UnreadableCrd[];
}

/** Finds, reads and parses every input; a bad file yields diagnostics and never stops the others. */
export async function loadInputs(inputs: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const found = findInputFiles(inputs, options);
  const result: LoadResult = { resources: [], diagnostics: [...found.notes], files: [], skipped: found.skipped, unreadableCrds: [] };
  for (const entry of found.entries) {
    if (entry.kind === 'stdin') {
      addLoaded(result, '<stdin>', await loadStdin(options.readStdin, options.maxFileBytes));
      continue;
    }
    const name = displayName(entry.path, options.cwd);
    addLoaded(result, name, await loadFile(entry.path, name, options));
  }
  return result;
}

/**
 * Reads standard input: at most `maxBytes` plus one byte (so that more is seen without keeping
 * it), or a string from an in-process caller.
 */
export type StdinReader = (maxBytes: number) => Promise<Uint8Array | string>;

/** Reads and parses standard input with the size limit and text checks a file gets. */
export async function loadStdin(readStdin: StdinReader | undefined, maxBytes = defaultMaxFileBytes): Promise<LoadedText> {
  const read = readStdin ? await readStdin(maxBytes) : '';
  const bytes = typeof read === 'string' ? Buffer.from(read, 'utf8') : read;
  if (bytes.length > maxBytes) {
    return { resources: [], diagnostics: [fileDiagnostic('<stdin>', 'too-large', `standard input is over the ${formatBytes(maxBytes)} limit for one manifest file`)] };
  }
  const text = textOf(bytes, '<stdin>');
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  return loadText(text.text, '<stdin>', text.text.trimStart().startsWith('{') ? 'json' : 'yaml');
}

/** Reads and parses one file (an absolute path) that diagnostics call `name`. */
export async function loadFile(file: string, name: string, options: { maxFileBytes?: number; keepNonManifests?: boolean } = {}): Promise<LoadedText> {
  const text = textOfRead(readFileBounded(file, options.maxFileBytes ?? defaultMaxFileBytes), name);
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  const format = formatOf(name, text.text);
  if (format === 'markdown') await loadMarkdownReader();
  return loadText(text.text, name, format, { keepNonManifests: options.keepNonManifests, path: file });
}

/** A file's text or what stopped it being read (a size limit, an encoding), as diagnostics. */
export type ReadText = { ok: true; text: string } | { ok: false; diagnostics: Diagnostic[] };

/** The text of what a bounded read (of a file shown as `name`) returned, or what stopped it. */
export function textOfRead(read: ReadResult, name: string): ReadText {
  if (!read.ok) return { ok: false, diagnostics: [fileDiagnostic(name, read.code, read.message)] };
  return textOf(read.bytes, name);
}

function textOf(bytes: Uint8Array, name: string): ReadText {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    const at = new SourceText(name, decoded.text);
    return { ok: false, diagnostics: [yamlDiagnostic(at, decoded.code, decoded.message, [decoded.offset, decoded.offset])] };
  }
  return { ok: true, text: decoded.text };
}

function addLoaded(result: LoadResult, name: string, loaded: LoadedText): void {
  result.files.push(name);
  for (const resource of loaded.resources) result.resources.push(resource);
  for (const diagnostic of loaded.diagnostics) result.diagnostics.push(diagnostic);
  for (const crd of loaded.unreadableCrds ?? []) result.unreadableCrds.push(crd);
}

export function readFileBounded(file: string, maxBytes: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, code: 'unreadable', message: 'this is a directory' };
    if (stats.isFile() && stats.size > maxBytes) {
      return { ok: false, code: 'too-large', message: `the file is ${formatBytes(stats.size)}, over the ${formatBytes(maxBytes)} limit for one manifest file` };
    }
    return readAll(fd, maxBytes, stats.isFile() ? stats.size : 1 << 16);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { ok: false, code: 'unreadable', message: `the file cannot be read (${code})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// reads in chunks so that pipes and special files are bounded too
function readAll(fd: number, maxBytes: number, expectedSize: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(expectedSize + 1, 1 << 12));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) break;
    total += count;
    if (total > maxBytes) return { ok: false, code: 'too-large', message: `the input is over the ${formatBytes(maxBytes)} limit for one manifest file` };
    chunks.push(chunk.subarray(0, count));
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function fileDiagnostic(file: string, code: YamlCode, message: string): Diagnostic {
  return yamlDiagnostic(new SourceText(file, ''), code, message, [0, 0]);
}

/** A size as messages give it. */
export function formatBytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * Reads and parses one YAML or JSON file synchronously (Markdown is read as YAML): for callers
 * such as a kustomize build, which names manifest files and never notes.
 */
export function loadFileSync(files: KustomizeFiles, file: string, options: { maxFileBytes?: number } = {}): LoadedText {
  const name = files.displayName(file);
  const text = textOfRead(files.read(file, options.maxFileBytes ?? defaultMaxFileBytes), name);
  if (!text.ok) return { resources: [], diagnostics: text.diagnostics };
  const format = formatOf(name, text.text);
  return loadText(text.text, name, format === 'markdown' ? 'yaml' : format);
}
