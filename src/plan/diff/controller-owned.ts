import { isObject, type JsonObject } from '../../resources/index.js';

// Kinds only controllers and the API server create; a live dump has them, manifests never do.
const controllerKinds = new Set(['Event', 'Endpoints', 'EndpointSlice', 'Lease', 'ControllerRevision', 'ComponentStatus', 'Node']);
const builtInNamespaces = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/**
 * Whether a live object was made by a controller (a ReplicaSet of a Deployment, Pods, Events,
 * a namespace's `kube-root-ca.crt` and `default` ServiceAccount…): it is never planned and
 * never pruned.
 */
export function isControllerOwned(object: JsonObject, kind: string, name: string): boolean {
  if (controllerKinds.has(kind)) return true;
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const owners = metadata.ownerReferences;
  if (Array.isArray(owners) && owners.some((owner) => isObject(owner) && owner.controller === true)) return true;
  if (kind === 'ConfigMap' && name === 'kube-root-ca.crt') return true;
  if (kind === 'ServiceAccount' && name === 'default') return true;
  if (kind === 'Namespace' && builtInNamespaces.has(name)) return true;
  // the `kubernetes` Service of the default namespace belongs to the API server
  if (kind === 'Service' && name === 'kubernetes' && metadata.namespace === 'default') return true;
  return false;
}

/** The namespaces every cluster has. */
export function isBuiltInNamespace(name: string): boolean {
  return builtInNamespaces.has(name);
}
