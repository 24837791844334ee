import { type SourceRange } from '../../resources/index.js';
import { type BuiltObject } from './built-object.js';
import { type BuildContext } from './build-context.js';
/**
 * Builds the kustomization (or, with `start`, the component) in `dir`: resources first, then
 * components, generators, patches and transformers in kustomize's order. `stack` holds the real
 * paths of the kustomizations being built, to find cycles. Undefined when the folder has no
 * kustomization (reported at `referencedAt`) or it cannot be read.
 */
export declare function accumulate(context: BuildContext, dir: string, stack: readonly string[], start: BuiltObject[], referencedAt?: SourceRange): BuiltObject[] | undefined;
