/** A 1-based line and column, as editors show them; columns count UTF-16 code units. */
export interface Position {
    line: number;
    column: number;
}
/** A span of text in an input file. For Markdown input the positions are in the `.md` file. */
export interface SourceRange {
    file: string;
    start: Position;
    end: Position;
}
