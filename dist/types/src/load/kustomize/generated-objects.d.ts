import type { BuildContext, Kustomization } from './build-context.js';
import { type BuiltObject } from './built-object.js';
import type { GeneratedObject } from './generators/index.js';
/**
 * Adds generated objects to the build: `create` adds, `merge` merges data, labels and
 * annotations into the object of the same kind and name, `replace` replaces it.
 */
export declare function applyGenerated(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[], generated: readonly GeneratedObject[]): BuiltObject[];
