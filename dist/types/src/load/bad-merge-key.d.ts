import { type Document } from 'yaml';
/**
 * The offset of the first merge key (`<<`) whose value is neither a mapping nor a list of
 * mappings, which go-yaml (and so kubectl) refuses; undefined when every merge key is sound.
 */
export declare function badMergeKeyOffset(doc: Document): number | undefined;
