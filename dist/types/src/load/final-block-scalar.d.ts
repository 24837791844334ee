import { type Document } from 'yaml';
/**
 * A block scalar (`|`, `>`) whose last line runs to the end of the input has no final line break
 * for kubectl (go-yaml v2, as YAML itself says: the break is "b-as-line-feed or end of input");
 * js-yaml and the `yaml` library add one. Only a text that does not end with a line break can
 * hold such a scalar, and only as its last node.
 */
export declare function mayEndInBlockScalar(text: string): boolean;
/** Drops the final line break of a Document's last node when it is a block scalar running to the end of `text`. */
export declare function trimFinalBlockScalar(doc: Document, text: string): void;
/**
 * The same for a value js-yaml read, given the scalar it read last: the string is found along
 * the last entries of the value and replaced. Returns the value, changed or not.
 */
export declare function trimFinalString(value: unknown, read: string): unknown;
