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
    /** The root node of each document, in stream order. */
    readonly roots: number[];
    constructor(text: string);
    /** The js-yaml listener that fills the index. */
    readonly listener: (event: "open" | "close", state: ListenerState) => void;
    /** Whether some mapping key is itself a mapping or a sequence (kubectl refuses such a key). */
    hasCollectionKey(): boolean;
    /** The offsets of the field at `path` under `root`, with yamlNodeRange's rules. */
    range(root: number, path: JsonPath, target?: RangeTarget): OffsetRange | undefined;
    private childOf;
    private buildTable;
    private offsets;
    private allocate;
    private close;
    private startsTogether;
    private startOf;
    private copy;
    private appendChild;
    private grow;
}
export {};
