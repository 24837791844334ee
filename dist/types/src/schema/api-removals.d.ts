/** One upstream API removal: these kinds of `apiVersion` stop being served at `removedIn`. */
export interface ApiRemoval {
    apiVersion: string;
    kinds: readonly string[];
    /** The first Kubernetes minor version that no longer serves them. */
    removedIn: string;
    /** Set when the removal was announced while the API was still served (warned about until then). */
    deprecatedIn?: string;
    /** Where the kinds moved; `null` when the kind itself is gone (PodSecurityPolicy). */
    replacement: string | null;
}
/**
 * Removed built-in APIs, from the Kubernetes deprecation guide
 * (https://kubernetes.io/docs/reference/using-api/deprecation-guide/). Only the removals before
 * the oldest bundled spec (1.28) and the deprecation dates need listing: whatever the bundled specs
 * show appearing or disappearing between 1.28 and 1.36 is derived from them.
 */
export declare const apiRemovals: readonly ApiRemoval[];
