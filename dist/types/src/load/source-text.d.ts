import { type Document, type Tags } from 'yaml';
import type { Position, SourceRange } from '../resources/index.js';
import type { PositionIndex } from './position-index.js';
import { type OffsetRange } from './yaml-node-range.js';
import type { JsonPath, RangeTarget } from '../resources/index.js';
/** Maps a block's own line and column to the enclosing file's (for Markdown code blocks). */
export interface LineMap {
    /** 1-based line in the file of each 0-based line of the text. */
    lines: number[];
    /** Columns to add on each line (a blockquote's `> `, a list's indentation). */
    columnShift: number[];
}
declare function kubectlTags(tags: Tags): Tags;
/** Options of the `yaml` library that read a stream the way kubectl does. */
export declare const exactParseOptions: {
    readonly version: "1.1";
    readonly customTags: typeof kubectlTags;
    readonly merge: true;
    readonly uniqueKeys: true;
    readonly prettyErrors: false;
    readonly keepSourceTokens: false;
    readonly logLevel: "error";
};
/**
 * The text of one YAML stream (a file, or one Markdown code block) and everything needed to turn
 * offsets into file positions. The `yaml` Documents are built only when a position is asked for.
 */
export declare class SourceText {
    readonly file: string;
    readonly text: string;
    private readonly lineMap?;
    private lineIndex?;
    private documents?;
    private index?;
    constructor(file: string, text: string, lineMap?: LineMap | undefined);
    /** The file position of a character offset in this text. */
    positionOf(offset: number): Position;
    /** The range from `start` to `end`; a span over several lines is cut at the end of its first line. */
    rangeOf(start: number, end: number, clipToLine?: boolean): SourceRange;
    /** Keeps the node offsets the fast parser recorded; `roots` are the non-empty documents' nodes. */
    adoptIndex(positions: PositionIndex, roots: number[]): void;
    /** The offsets of the field at `path` in the `documentIndex`-th non-empty document. */
    fieldOffsets(documentIndex: number, path: JsonPath, target?: RangeTarget): OffsetRange | undefined;
    /** Keeps Documents the exact parser already built, so positions need no second parse. */
    adoptDocuments(documents: Document[]): void;
    /** The non-empty `yaml` Documents of this text, in order (parsed once, on first use). */
    exactDocuments(): Document[];
}
/** Whether a `yaml` Document holds a value (not only comments, not a bare null). */
export declare function hasContent(doc: Document): boolean;
export {};
