import { parseAllDocuments, isScalar, type Document, type Tags } from 'yaml';
import type { Position, SourceRange } from '../resources/index.js';
import { LineIndex } from './line-index.js';
import type { PositionIndex } from './position-index.js';
import { yamlNodeRange, type OffsetRange } from './yaml-node-range.js';
import type { JsonPath, RangeTarget } from '../resources/index.js';

/** Maps a block's own line and column to the enclosing file's (for Markdown code blocks). */
export interface LineMap {
  /** 1-based line in the file of each 0-based line of the text. */
  lines: number[];
  /** Columns to add on each line (a blockquote's `> `, a list's indentation). */
  columnShift: number[];
}

// go-yaml v2 keeps timestamps as strings when decoding into an untyped value, and has no
// sexagesimal (`1:30`) numbers; the YAML 1.1 schema of the `yaml` library has both
function kubectlTags(tags: Tags): Tags {
  return tags.filter((tag) => typeof tag === 'string' || (tag.tag !== 'tag:yaml.org,2002:timestamp' && tag.format !== 'TIME'));
}

/** Options of the `yaml` library that read a stream the way kubectl does. */
export const exactParseOptions = {
  version: '1.1',
  customTags: kubectlTags,
  merge: true,
  uniqueKeys: true,
  prettyErrors: false,
  keepSourceTokens: false,
  // a collection used as a key (`? [a, b]`) would print a process warning on stderr
  logLevel: 'error',
} as const;

/**
 * The text of one YAML stream (a file, or one Markdown code block) and everything needed to turn
 * offsets into file positions. The `yaml` Documents are built only when a position is asked for.
 */
export class SourceText {
  private lineIndex?: LineIndex;
  private documents?: Document[];
  private index?: { positions: PositionIndex; roots: number[] };

  constructor(
    readonly file: string,
    readonly text: string,
    private readonly lineMap?: LineMap,
  ) {}

  /** The file position of a character offset in this text. */
  positionOf(offset: number): Position {
    this.lineIndex ??= new LineIndex(this.text);
    const local = this.lineIndex.positionOf(Math.min(Math.max(offset, 0), this.text.length));
    if (!this.lineMap) return local;
    const index = local.line - 1;
    return {
      line: this.lineMap.lines[index] ?? this.lineMap.lines[this.lineMap.lines.length - 1] ?? local.line,
      column: local.column + (this.lineMap.columnShift[index] ?? 0),
    };
  }

  /** The range from `start` to `end`; a span over several lines is cut at the end of its first line. */
  rangeOf(start: number, end: number, clipToLine = false): SourceRange {
    let stop = end;
    if (clipToLine) {
      const newline = this.text.indexOf('\n', start);
      if (newline !== -1 && newline < stop) stop = this.text[newline - 1] === '\r' ? newline - 1 : newline;
    }
    return { file: this.file, start: this.positionOf(start), end: this.positionOf(Math.max(stop, start)) };
  }

  /** Keeps the node offsets the fast parser recorded; `roots` are the non-empty documents' nodes. */
  adoptIndex(positions: PositionIndex, roots: number[]): void {
    this.index = { positions, roots };
  }

  /** The offsets of the field at `path` in the `documentIndex`-th non-empty document. */
  fieldOffsets(documentIndex: number, path: JsonPath, target?: RangeTarget): OffsetRange | undefined {
    if (this.index) {
      const root = this.index.roots[documentIndex];
      return root === undefined ? undefined : this.index.positions.range(root, path, target);
    }
    const doc = this.exactDocuments()[documentIndex];
    return doc ? yamlNodeRange(doc, path, target) : undefined;
  }

  /** Keeps Documents the exact parser already built, so positions need no second parse. */
  adoptDocuments(documents: Document[]): void {
    this.documents = documents;
  }

  /** The non-empty `yaml` Documents of this text, in order (parsed once, on first use). */
  exactDocuments(): Document[] {
    this.documents ??= parseAllDocuments(this.text, exactParseOptions).filter(hasContent) as Document[];
    return this.documents;
  }
}

/** Whether a `yaml` Document holds a value (not only comments, not a bare null). */
export function hasContent(doc: Document): boolean {
  const contents = doc.contents;
  if (contents === null) return false;
  return !(isScalar(contents) && contents.value === null && !contents.anchor);
}
