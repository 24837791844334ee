import type { JsonPath } from './json-path.js';
import type { ResourceId } from './resource-id.js';
import type { SourceRange } from './source-range.js';
/** Which part of a field `rangeOf` points at. */
export type RangeTarget = 'key' | 'value';
/** Where a resource came from: the file, the YAML document in it, and the `List` item if any. */
export interface ResourceSource {
    file: string;
    documentIndex: number;
    /** Set when the resource is an item of a `kind: List` (or `*List`) document. */
    itemIndex?: number;
    /** Set when a kustomize build made the resource: that kustomization's file (one build is one apply). */
    kustomization?: string;
}
/**
 * A `# drydock-disable-next-line rule-a, rule-b` or `# drydock-disable rule-a` comment found in
 * a resource's document. `rules` empty means every rule; `line` is where the comment is and
 * `targetLine` the line it silences (next-line) or undefined for the whole document.
 */
export interface CommentDirective {
    rules: readonly string[];
    line: number;
    targetLine?: number;
    /**
     * Set when the comment lies in another file than the resource's source (a kustomize patch): the
     * file it is in. It then acts only on findings in that file, a whole-document one only on those
     * in its document's `lines`.
     */
    file?: string;
    lines?: {
        first: number;
        last: number;
    };
}
/** A JSON object (the body kubectl would send) as drydock passes it around. */
export type JsonObject = Record<string, unknown>;
/** One Kubernetes object read from the input, with its source map. */
export interface Resource extends ResourceId {
    /** The plain JSON value, as kubectl would send it to the API server. */
    object: JsonObject;
    source: ResourceSource;
    /** The suppression comments of the resource's YAML document, if any. */
    directives?: readonly CommentDirective[];
    /**
     * The range of the field at `path`. By default a scalar value's range, or the key of a
     * mapping or sequence; `'key'` forces the key (for unknown or forbidden fields). A path that
     * does not exist falls back to the key of its nearest existing parent.
     */
    rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}
