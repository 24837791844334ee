import type { JsonPath, RangeTarget, SourceRange } from '../../resources/index.js';
/** Something that knows where the fields of one parsed document are (a Resource, a patch document). */
export interface DocumentPositions {
    rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}
/**
 * Where a value of a built object came from: a field of a parsed document (a base resource, a
 * patch), or a line of a kustomization that set it (a prefix, a label, an image).
 */
export type Origin = {
    document: DocumentPositions;
    path: JsonPath;
} | {
    range: SourceRange;
};
/** A JSON value during a build, each node remembering its origin, so every built field maps back to a line. */
export type Tracked = TrackedScalar | TrackedMap | TrackedList;
export interface TrackedScalar {
    kind: 'scalar';
    value: string | number | boolean | null;
    origin: Origin;
}
export interface TrackedMap {
    kind: 'map';
    entries: Map<string, Tracked>;
    origin: Origin;
}
export interface TrackedList {
    kind: 'list';
    items: Tracked[];
    origin: Origin;
}
/** A parsed value as a tracked tree whose nodes point into `document` at their own paths. */
export declare function track(value: unknown, document: DocumentPositions, path?: JsonPath): Tracked;
/** The plain JSON value of a tracked tree. */
export declare function untrack(node: Tracked): unknown;
/** A deep copy (the same origins), so one base built into two overlays is never shared. */
export declare function cloneTracked(node: Tracked): Tracked;
/** The child at `key` of a map or list node, if any. */
export declare function childOf(node: Tracked | undefined, key: string | number): Tracked | undefined;
/**
 * The source range of the field at `path` of a built object: the deepest existing node's origin,
 * asked for the rest of the path (so a missing field falls back the way a plain resource's does).
 */
export declare function rangeInTracked(root: Tracked, path: JsonPath, target?: RangeTarget): SourceRange;
/** A string value of a map node's field, if it is one. */
export declare function stringAt(node: Tracked | undefined, path: JsonPath): string | undefined;
/**
 * The map at `path`, created (with `origin`) where missing when `create` is set; undefined when
 * a step is not a map, or missing without `create`.
 */
export declare function mapAt(root: Tracked, path: readonly string[], create: boolean, origin: Origin): TrackedMap | undefined;
