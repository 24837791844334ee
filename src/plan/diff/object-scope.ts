import { isClusterScoped, isObject, splitApiVersion, type Resource } from '../../resources/index.js';

/**
 * Decides whether a kind is cluster-scoped: the built-in and well-known add-on tables, then the `spec.scope` of the
 * CRDs the desired and current states hold. A kind that is neither is taken as namespaced,
 * which is what the API server does for every namespaced built-in.
 */
export class ObjectScope {
  private readonly crdScopes = new Map<string, string>();

  constructor(crds: Iterable<Resource>) {
    for (const crd of crds) {
      const spec = crd.object.spec;
      if (!isObject(spec) || !isObject(spec.names)) continue;
      const { group } = spec;
      const { kind } = spec.names;
      if (typeof group === 'string' && typeof kind === 'string' && typeof spec.scope === 'string') {
        this.crdScopes.set(`${group}/${kind}`, spec.scope);
      }
    }
  }

  isClusterScoped(apiVersion: string, kind: string): boolean {
    return isClusterScoped({ apiVersion, kind }) || this.crdScopes.get(`${splitApiVersion(apiVersion).group}/${kind}`) === 'Cluster';
  }

  /** The CRD of a kind is known (in either state), or the kind is built in. */
  hasCrdFor(apiVersion: string, kind: string): boolean {
    return this.crdScopes.has(`${splitApiVersion(apiVersion).group}/${kind}`);
  }
}
