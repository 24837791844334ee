import type { Position } from '../resources/index.js';
/** Converts character offsets of a text into 1-based line and column positions. */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    /** The position of `offset`; a `\r` before a line break is not counted as a column. */
    positionOf(offset: number): Position;
}
