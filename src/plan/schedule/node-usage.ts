import { formatUnits } from '../cluster/index.js';
import type { NodeState } from './node-state.js';
import { resourceId, resourceName } from './resource-ids.js';
import type { NodeUsage } from './scheduling-result.js';

/** A node's requests against its allocatable, rendered canonically; `requested.pods` is the Pod count. */
export function nodeUsage(state: NodeState): NodeUsage {
  const allocatable: Record<string, string> = {};
  const requested: Record<string, string> = {};
  // what the node declares, then anything requested that it lacks
  const names = new Set(Object.keys(state.node.allocatable));
  state.requested.forEach((amount, id) => amount > 0 && names.add(resourceName(id)));
  for (const name of names) {
    const id = resourceId(name);
    if (name in state.node.allocatable) allocatable[name] = formatUnits(name, state.allocatable[id] ?? 0);
    if (name !== 'pods') requested[name] = formatUnits(name, state.requested[id] ?? 0);
  }
  requested.pods = String(state.podCount);
  return { name: state.node.name, allocatable, requested, pods: state.podCount };
}
