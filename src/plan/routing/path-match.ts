/** An Ingress `pathType`; unknown values are kept so findings can name them. */
export type IngressPathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

/** The elements of a URL path split on `/`, empty ones dropped (so trailing slashes do not count). */
export function pathElements(path: string): string[] {
  return path.split('/').filter((element) => element !== '');
}

/**
 * Whether an Ingress path serves `requestPath`. `Exact` compares the whole string (a trailing
 * slash matters); `Prefix` compares whole `/`-separated elements (`/foo/bar` serves
 * `/foo/bar/baz`, not `/foo/barbaz`). `ImplementationSpecific` is up to the controller; drydock
 * reads it as `Prefix`, the closest portable meaning.
 */
export function pathMatches(pathType: IngressPathType, rulePath: string, requestPath: string): boolean {
  if (pathType === 'Exact') return rulePath === requestPath;
  const rule = pathElements(rulePath);
  const request = pathElements(requestPath);
  if (rule.length > request.length) return false;
  return rule.every((element, index) => element === request[index]);
}

/**
 * The key under which two paths match exactly the same requests: `Prefix` `/foo` and `/foo/` are
 * one key, as are `Prefix` and `ImplementationSpecific` of the same path (as drydock reads it).
 */
export function matchKeyOf(pathType: IngressPathType, path: string): string {
  return pathType === 'Exact' ? `exact:${path}` : `prefix:/${pathElements(path).join('/')}`;
}

/**
 * Precedence between matching paths of one host: the longest path first, and at equal length
 * `Exact` before `Prefix`. Negative when `a` wins.
 */
export function comparePathPrecedence(
  a: { path: string; pathType: IngressPathType },
  b: { path: string; pathType: IngressPathType },
): number {
  if (a.path.length !== b.path.length) return b.path.length - a.path.length;
  return Number(a.pathType !== 'Exact') - Number(b.pathType !== 'Exact');
}
