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
/** Why a target cannot be used (an invalid pattern or selector), or undefined. */
export declare function targetProblem(target: TargetSelector): string | undefined;
/** Whether a built object is selected by `target` (its current or any earlier name matches, as kustomize allows). */
export declare function isSelected(object: BuiltObject, target: TargetSelector): boolean;
