import { type BuildContext, type Kustomization } from './build-context.js';
import type { BuiltObject } from './built-object.js';
/** namespace, namePrefix, nameSuffix, labels, commonLabels and commonAnnotations, in kustomize's order. */
export declare function applyMetadataTransformers(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): void;
/** replicas and images, the last transformers kustomize runs. */
export declare function applyValueTransformers(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): void;
