import type { JsonPath, RangeTarget, SourceRange } from '../../../resources/index.js';
/** Where one generated key was written: a kustomization entry (literal or file) or an env file line. */
export type KeySource = {
    from: 'entry';
    path: JsonPath;
    text: string;
    keyLength: number;
} | {
    from: 'env';
    file: string;
    line: number;
    keyColumn: number;
    keyLength: number;
    valueColumn: number;
    valueLength: number;
};
/**
 * The range of a generated key or its value. An entry such as `key=value` written as one plain
 * scalar is narrowed to its key or its value part; quoted or folded entries keep the whole scalar,
 * since their columns no longer match the text.
 */
export declare function keySourceRange(source: KeySource, target: RangeTarget | undefined, rangeOf: (path: JsonPath) => SourceRange): SourceRange;
