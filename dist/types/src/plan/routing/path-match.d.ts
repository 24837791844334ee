/** An Ingress `pathType`; unknown values are kept so findings can name them. */
export type IngressPathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';
/** The elements of a URL path split on `/`, empty ones dropped (so trailing slashes do not count). */
export declare function pathElements(path: string): string[];
/**
 * Whether an Ingress path serves `requestPath`. `Exact` compares the whole string (a trailing
 * slash matters); `Prefix` compares whole `/`-separated elements (`/foo/bar` serves
 * `/foo/bar/baz`, not `/foo/barbaz`). `ImplementationSpecific` is up to the controller; drydock
 * reads it as `Prefix`, the closest portable meaning.
 */
export declare function pathMatches(pathType: IngressPathType, rulePath: string, requestPath: string): boolean;
/**
 * The key under which two paths match exactly the same requests: `Prefix` `/foo` and `/foo/` are
 * one key, as are `Prefix` and `ImplementationSpecific` of the same path (as drydock reads it).
 */
export declare function matchKeyOf(pathType: IngressPathType, path: string): string;
/**
 * Precedence between matching paths of one host: the longest path first, and at equal length
 * `Exact` before `Prefix`. Negative when `a` wins.
 */
export declare function comparePathPrecedence(a: {
    path: string;
    pathType: IngressPathType;
}, b: {
    path: string;
    pathType: IngressPathType;
}): number;
