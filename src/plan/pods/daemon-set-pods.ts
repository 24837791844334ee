import { isObject, type JsonObject } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
import { nodeAffinityRulesOf, nodeMatchesAffinity } from '../schedule/index.js';
import { firstUntoleratedTaint, tolerationsOf } from '../schedule/index.js';

const alwaysTolerated: [string, string][] = [
  ['node.kubernetes.io/not-ready', 'NoExecute'],
  ['node.kubernetes.io/unreachable', 'NoExecute'],
  ['node.kubernetes.io/disk-pressure', 'NoSchedule'],
  ['node.kubernetes.io/memory-pressure', 'NoSchedule'],
  ['node.kubernetes.io/pid-pressure', 'NoSchedule'],
  ['node.kubernetes.io/unschedulable', 'NoSchedule'],
];

/**
 * A DaemonSet Pod's spec with what the controller adds: its tolerations (network-unavailable
 * only with `hostNetwork`), and, when `node` is given, required node affinity
 * `matchFields metadata.name In [node]` in place of any matchFields the template had.
 */
export function daemonPodSpec(template: JsonObject, node?: string): JsonObject {
  const extra = [...alwaysTolerated];
  if (template.hostNetwork === true) extra.push(['node.kubernetes.io/network-unavailable', 'NoSchedule']);
  const existing = Array.isArray(template.tolerations) ? template.tolerations : [];
  const tolerations = [...existing, ...extra.map(([key, effect]) => ({ key, operator: 'Exists', effect }))];
  if (node === undefined) return { ...template, tolerations };
  const affinity = isObject(template.affinity) ? template.affinity : {};
  const nodeAffinity = isObject(affinity.nodeAffinity) ? affinity.nodeAffinity : {};
  const required = isObject(nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution) ? nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution : {};
  const pinned = { key: 'metadata.name', operator: 'In', values: [node] };
  const terms = Array.isArray(required.nodeSelectorTerms) && required.nodeSelectorTerms.length > 0
    ? required.nodeSelectorTerms.map((term: unknown) => ({ ...(isObject(term) ? term : {}), matchFields: [pinned] }))
    : [{ matchFields: [pinned] }];
  return {
    ...template,
    tolerations,
    affinity: { ...affinity, nodeAffinity: { ...nodeAffinity, requiredDuringSchedulingIgnoredDuringExecution: { ...required, nodeSelectorTerms: terms } } },
  };
}

/**
 * Whether the DaemonSet controller creates a Pod for `node`: the template's nodeSelector and
 * required node affinity match, and its tolerations (with the controller's) cover the node's
 * NoSchedule/NoExecute taints. Resources do not matter: a Pod that does not fit is created and
 * stays Pending.
 */
export function daemonRunsOn(specWithTolerations: JsonObject, node: ModelNode): boolean {
  return nodeMatchesAffinity(nodeAffinityRulesOf(specWithTolerations), node) && !firstUntoleratedTaint(tolerationsOf(specWithTolerations), node);
}
