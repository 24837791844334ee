import type { CommentDirective, Diagnostic, JsonPath, RangeTarget, SourceRange } from '../resources/index.js';
import { patchDirectives } from './comment-directives.js';
import type { KustomizeFiles } from './kustomize-files.js';
import { defaultMaxFileBytes, textOfRead } from './load-inputs.js';
import { parseJson } from './parse-json.js';
import { parseStream } from './parse-stream.js';
import { SourceText, type LineMap } from './source-text.js';

/** One parsed document of any shape (a kustomization, a JSON 6902 list), with its positions. */
export interface PositionedDocument {
  value: unknown;
  rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
  /** Its `# drydock-disable` comments, acting only on findings in its own lines (a kustomize patch's). */
  directives?: readonly CommentDirective[];
}

/** The documents of one text, and its YAML problems. */
export interface LoadedDocuments {
  documents: PositionedDocument[];
  diagnostics: Diagnostic[];
  /** The decoded text ('' when it could not be read). */
  text: string;
}

/**
 * Reads and parses a file (an absolute path in `files`, shown by its display name) into documents
 * of any shape, with the size limit and text checks a manifest file gets.
 */
export function loadDocuments(files: KustomizeFiles, file: string, maxBytes = defaultMaxFileBytes): LoadedDocuments {
  const name = files.displayName(file);
  const read = textOfRead(files.read(file, maxBytes), name);
  if (!read.ok) return { documents: [], diagnostics: read.diagnostics, text: '' };
  return parseDocuments(read.text, name, name.toLowerCase().endsWith('.json'));
}

/**
 * Parses a text (a file's, or a string embedded in one: `lineMap` places its lines in the file)
 * into documents with positions.
 */
export function parseDocuments(text: string, name: string, isJson = false, lineMap?: LineMap): LoadedDocuments {
  const source = new SourceText(name, text, lineMap);
  const parsed = isJson ? parseJson(source) : parseStream(source);
  const documents: PositionedDocument[] = [];
  const directives = isJson ? [] : patchDirectives(source);
  parsed.values.forEach((value, documentIndex) => {
    if (value === undefined) return;
    const document: PositionedDocument = {
      value,
      rangeOf(path, target) {
        const offsets = source.fieldOffsets(documentIndex, path, target);
        return offsets ? source.rangeOf(offsets.start, offsets.end, offsets.multiline) : source.rangeOf(0, 0);
      },
    };
    const own = directives[documentIndex];
    if (own?.length) document.directives = own;
    documents.push(document);
  });
  return { documents, diagnostics: parsed.diagnostics, text };
}
