import { type Resource } from '../../resources/index.js';
/**
 * Decides whether a kind is cluster-scoped: the built-in and well-known add-on tables, then the `spec.scope` of the
 * CRDs the desired and current states hold. A kind that is neither is taken as namespaced,
 * which is what the API server does for every namespaced built-in.
 */
export declare class ObjectScope {
    private readonly crdScopes;
    constructor(crds: Iterable<Resource>);
    isClusterScoped(apiVersion: string, kind: string): boolean;
    /** The CRD of a kind is known (in either state), or the kind is built in. */
    hasCrdFor(apiVersion: string, kind: string): boolean;
}
