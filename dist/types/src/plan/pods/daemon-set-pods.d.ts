import { type JsonObject } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
/**
 * A DaemonSet Pod's spec with what the controller adds: its tolerations (network-unavailable
 * only with `hostNetwork`), and, when `node` is given, required node affinity
 * `matchFields metadata.name In [node]` in place of any matchFields the template had.
 */
export declare function daemonPodSpec(template: JsonObject, node?: string): JsonObject;
/**
 * Whether the DaemonSet controller creates a Pod for `node`: the template's nodeSelector and
 * required node affinity match, and its tolerations (with the controller's) cover the node's
 * NoSchedule/NoExecute taints. Resources do not matter: a Pod that does not fit is created and
 * stays Pending.
 */
export declare function daemonRunsOn(specWithTolerations: JsonObject, node: ModelNode): boolean;
