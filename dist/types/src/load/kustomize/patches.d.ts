import { type BuildContext, type Kustomization } from './build-context.js';
import { type BuiltObject } from './built-object.js';
/** `patchesStrategicMerge`, then `patches` (strategic merge or JSON 6902, with or without a target). */
export declare function applyStrategicPatches(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): BuiltObject[];
/** `patchesJson6902`: operations on the objects its `target` selects. */
export declare function applyJson6902Patches(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): BuiltObject[];
