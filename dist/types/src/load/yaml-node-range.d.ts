import { type Document } from 'yaml';
import type { JsonPath, RangeTarget } from '../resources/index.js';
/** A character-offset span inside a source text; `multiline` spans should be clipped to a line. */
export interface OffsetRange {
    start: number;
    end: number;
    multiline: boolean;
}
/**
 * Finds the offsets of the field at `path` in a `yaml` Document. Scalars point at their value,
 * collections at their key (a block spans many lines), and `target: 'key'` always at the key.
 * A path that does not exist falls back to the key of its nearest existing parent.
 */
export declare function yamlNodeRange(doc: Document, path: JsonPath, target?: RangeTarget): OffsetRange | undefined;
