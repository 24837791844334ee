import { type Origin, type Tracked, type TrackedMap } from './tracked.js';
/** A kustomize fieldSpec: a path (lists are walked through) in objects of a kind, group and version. */
export interface FieldSpec {
    path: string;
    kind?: string;
    group?: string;
    version?: string;
    create?: boolean;
}
/** Whether `spec` applies to the object (an unset kind, group or version matches any). */
export declare function specApplies(spec: FieldSpec, tree: Tracked): boolean;
/**
 * The maps at the end of `spec.path` in `tree` (several when the path crosses lists), created
 * with `origin` where the spec says so.
 */
export declare function mapsAt(tree: Tracked, spec: FieldSpec, origin: Origin): TrackedMap[];
/** Where `commonLabels` (and `labels` with includeSelectors) go: selectors, metadata, templates. */
export declare const commonLabelSpecs: readonly FieldSpec[];
/** Where `labels` with includeTemplates go. */
export declare const templateLabelSpecs: readonly FieldSpec[];
/** Where `labels` go by default. */
export declare const metadataLabelSpecs: readonly FieldSpec[];
/** Where `commonAnnotations` go. */
export declare const annotationSpecs: readonly FieldSpec[];
