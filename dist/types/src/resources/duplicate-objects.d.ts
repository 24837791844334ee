import type { Diagnostic } from './diagnostic.js';
import type { JsonObject, Resource } from './resource.js';
import type { SourceRange } from './source-range.js';
/** The identity the API server stores an object under: group, kind, namespace, name (never the version). */
export declare function objectKey(apiVersion: string, kind: string, namespace: string | undefined, name: string): string;
/**
 * The clash of two documents for one object, worded once for the planner and the checks. When two
 * kustomizations build it (`builtBy`: the earlier's and the later's kustomization files), the
 * document is the same base line seen through both: they name the overlays instead.
 */
export declare function duplicateObjectMessage(kind: string, name: string, earlier: SourceRange, builtBy?: readonly [string, string]): string;
/** `group/Kind` of every custom kind whose CRD (among `crds`, plain objects) says it is cluster-scoped. */
export declare function clusterScopedCustomKinds(crds: Iterable<JsonObject>): Set<string>;
/**
 * Objects defined twice among `resources` (same group, kind, namespace and name), in their order:
 * `kubectl apply` applies both, and the later silently overwrites the earlier, so the second is
 * reported (a warning: the server accepts both) at its `metadata.name`, naming the first.
 */
export declare function findDuplicateObjects(resources: Iterable<Resource>, scope: {
    defaultNamespace: string;
    clusterScopedCustomKinds: ReadonlySet<string>;
}): Diagnostic[];
