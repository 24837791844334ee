import type { JsonPath, RangeTarget } from '../resources/index.js';
import type { OffsetRange } from './yaml-node-range.js';
/** The part of js-yaml's parser state the listener reads. */
interface ListenerState {
    position: number;
    kind: string | null;
    result: unknown;
}
/**
 * Node offsets recorded while js-yaml parses (its `listener` option), so positions cost no
 * second parse. Nodes live in typed arrays: a tree of first-child / next-sibling links, where a
 * mapping's children alternate key, value. Only texts without anchors, duplicate keys or other
 * errors are indexed this way (the exact path handles those), so a mapping's keys are unique.
 */
export declare class PositionIndex {
    private readonly text;
    private starts;
    private ends;
    private firstChild;
    private lastChild;
    private nextSibling;
    private kinds;
    private readonly scalars;
    private readonly openStack;
    private count;
    private readonly childTables;
    /** The first scalar that closed at the end of the text: where it opened, and its value. */
    private scalarAtEnd?;
    /** The root node of each document, in stream order. */
    readonly roots: number[];
    constructor(text: string);
    /** The js-yaml listener that fills the index. */
    readonly listener: (event: "open" | "close", state: ListenerState) => void;
    /** Whether some mapping key is itself a mapping or a sequence (kubectl refuses such a key). */
    hasCollectionKey(): boolean;
    /** Where each double-quoted scalar starts (a node js-yaml composed twice may be listed twice). */
    doubleQuotedStarts(): Generator<number>;
    /** Rewrites the strings the index keeps (keys read from a stand-in text, quote-escape-stand-in.ts). */
    mapStrings(map: (value: string) => string): void;
    /** What the last node read, if it is a block scalar (`|`, `>`) that runs to the end of the text. */
    finalBlockScalar(): string | undefined;
    /** The offsets of the field at `path` under `root`, with yamlNodeRange's rules. */
    range(root: number, path: JsonPath, target?: RangeTarget): OffsetRange | undefined;
    private childOf;
    private buildTable;
    private offsets;
    private allocate;
    private close;
    private startsTogether;
    /** Where a node's content starts (past blanks, comments and its tag or anchor). */
    startOf(node: number): number;
    private copy;
    private appendChild;
    private grow;
}
export declare function skipInsignificant(text: string, from: number): number;
export {};
