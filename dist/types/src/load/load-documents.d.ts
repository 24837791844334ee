import type { Diagnostic, JsonPath, RangeTarget, SourceRange } from '../resources/index.js';
import { type LineMap } from './source-text.js';
/** One parsed document of any shape (a kustomization, a JSON 6902 list), with its positions. */
export interface PositionedDocument {
    value: unknown;
    rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}
/** The documents of one text, and its YAML problems. */
export interface LoadedDocuments {
    documents: PositionedDocument[];
    diagnostics: Diagnostic[];
    /** The decoded text ('' when it could not be read). */
    text: string;
}
/**
 * Reads and parses a file (an absolute path, shown as `name`) into documents of any shape, with
 * the size limit and text checks a manifest file gets.
 */
export declare function loadDocuments(file: string, name: string, maxBytes?: number): LoadedDocuments;
/**
 * Parses a text (a file's, or a string embedded in one: `lineMap` places its lines in the file)
 * into documents with positions.
 */
export declare function parseDocuments(text: string, name: string, isJson?: boolean, lineMap?: LineMap): LoadedDocuments;
