import type { CommentDirective, Diagnostic, JsonPath, RangeTarget, SourceRange } from '../resources/index.js';
import type { KustomizeFiles } from './kustomize-files.js';
import { type LineMap } from './source-text.js';
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
export declare function loadDocuments(files: KustomizeFiles, file: string, maxBytes?: number): LoadedDocuments;
/**
 * Parses a text (a file's, or a string embedded in one: `lineMap` places its lines in the file)
 * into documents with positions.
 */
export declare function parseDocuments(text: string, name: string, isJson?: boolean, lineMap?: LineMap): LoadedDocuments;
