import { type JsonObject } from '../../resources/index.js';
/**
 * Whether a live object was made by a controller (a ReplicaSet of a Deployment, Pods, Events,
 * a namespace's `kube-root-ca.crt` and `default` ServiceAccount…): it is never planned and
 * never pruned.
 */
export declare function isControllerOwned(object: JsonObject, kind: string, name: string): boolean;
/** The namespaces every cluster has. */
export declare function isBuiltInNamespace(name: string): boolean;
