import type { BuildContext } from './build-context.js';
import type { BuiltObject } from './built-object.js';
/**
 * kustomize's identity of an object in a build (its `ResId`): apiVersion (group and version), kind,
 * name, and the effective namespace: none for a cluster-scoped kind, `default` when unset.
 */
export declare function resourceIdOf(object: BuiltObject): string;
/**
 * The resources a build has accumulated, by id. kustomize refuses to add an object whose id is
 * already there ("may not add resource with an already registered id") and fails the whole build;
 * here the later object is reported at its name and left out, and the build goes on.
 */
export declare class AccumulatedResources {
    private readonly context;
    readonly objects: BuiltObject[];
    private readonly ids;
    constructor(context: BuildContext, start: readonly BuiltObject[]);
    add(object: BuiltObject): void;
}
