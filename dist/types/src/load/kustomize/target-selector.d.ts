import type { BuiltObject } from './built-object.js';
/** A patch's `target`: each field a Go regular expression matched whole, the selectors as label selectors. */
export interface TargetSelector {
    group?: string;
    version?: string;
    kind?: string;
    name?: string;
    namespace?: string;
    labelSelector?: string;
    annotationSelector?: string;
}
/** Whether a built object is selected by a target (its current or any earlier name matches, as kustomize allows). */
export type TargetMatcher = (object: BuiltObject) => boolean;
/**
 * The matcher of `target`, its patterns compiled and its selectors parsed once for every object
 * it is asked about; or why the target cannot be used (an invalid pattern or selector).
 */
export declare function targetMatcher(target: TargetSelector): {
    matches: TargetMatcher;
} | {
    problem: string;
};
