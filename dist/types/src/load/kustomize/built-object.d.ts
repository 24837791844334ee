import { type CommentDirective, type Resource, type ResourceSource } from '../../resources/index.js';
import { type TrackedMap } from './tracked.js';
/** An object during a build: its tracked tree, where its base document lies, and the names it had. */
export interface BuiltObject {
    tree: TrackedMap;
    /** The base document (or generator) it came from: the built resource's `source`. */
    source: ResourceSource;
    directives?: readonly CommentDirective[];
    /** How many of `directives` its patches brought (at most `maxPatchDirectives`). */
    patchDirectives?: number;
    /** Names it had before prefixes, suffixes and hashes (oldest first), for name references and patch targets. */
    previousNames: string[];
    /** Its namespace as first read (undefined: none), for name references. */
    originalNamespace?: string;
    /** A generated object whose name gets kustomize's content hash at the end of the build. */
    hashSuffix?: boolean;
}
/** The built object as a Resource: its plain value, and `rangeOf` walking the tracked tree. */
export declare function toResource(object: BuiltObject): Resource;
/**
 * The most suppression comments one built object takes from its patches. A patch with a `target`
 * reaches every object of a build, so without a bound a patch of many comments costs their number
 * times the objects' in memory and in every suppression check; past it, a patch's comments act on
 * nothing (its findings are reported, never silenced).
 */
export declare const maxPatchDirectives = 64;
/**
 * The object after a patch document changed it: it carries the patch's suppression comments too,
 * which act only on findings in the patch's own lines (see `CommentDirective.file`).
 */
export declare function patchedBy(object: BuiltObject, document: {
    directives?: readonly CommentDirective[];
}, tree: TrackedMap): BuiltObject;
/** kind/name (and namespace) of an object, as kustomize's patches and generators find it. */
export declare function idOf(object: BuiltObject): {
    group: string;
    kind: string;
    name: string;
    namespace?: string;
};
