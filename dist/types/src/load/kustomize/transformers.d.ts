import { type SourceRange } from '../../resources/index.js';
import type { BuiltObject } from './built-object.js';
import { type FieldSpec } from './field-specs.js';
/** Sets the namespace of every namespaced object, and of RoleBinding subjects named `default`, as kustomize's `namespace` does. */
export declare function setNamespace(objects: readonly BuiltObject[], namespace: string, at: SourceRange): void;
/** Adds `namePrefix` and `nameSuffix` to every name but those of CRDs, APIServices and Namespaces. */
export declare function addNameAffixes(objects: readonly BuiltObject[], affix: {
    prefix?: string;
    suffix?: string;
}, at: {
    prefix?: SourceRange;
    suffix?: SourceRange;
}): void;
/** Gives an object a new name, remembering the old one for references and patch targets. */
export declare function renameTo(object: BuiltObject, name: string, at: SourceRange): void;
/** Writes each key/value into the maps the field specs name (labels, selectors, annotations). */
export declare function addToFields(objects: readonly BuiltObject[], pairs: ReadonlyArray<[string, string, SourceRange]>, specs: readonly FieldSpec[]): void;
/** Sets spec.replicas of the workloads named by a `replicas` entry (by current or earlier name). */
export declare function setReplicas(objects: readonly BuiltObject[], name: string, count: number, at: SourceRange): void;
/** One `images` entry. */
export interface ImageOverride {
    name: string;
    newName?: string;
    newTag?: string;
    digest?: string;
}
/**
 * Rewrites the images of every `containers` and `initContainers` list in the objects (kustomize
 * looks at any depth, custom resources included) whose image name is `name`.
 */
export declare function setImages(objects: readonly BuiltObject[], override: ImageOverride, at: SourceRange): void;
