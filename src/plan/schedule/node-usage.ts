import { formatUnits } from '../cluster/resource-units.js';
import type { NodeState } from './node-state.js';
import { resourceName } from './resource-ids.js';
import type { NodeUsage } from './scheduling-result.js';

/** A node's requests against its allocatable, rendered canonically; `requested.pods` is the Pod count. */
export function nodeUsage(state: NodeState): NodeUsage {
  const allocatable: Record<string, string> = {};
  const requested: Record<string, string> = {};
  state.allocatable.forEach((amount, id) => (allocatable[resourceName(id)] = formatUnits(resourceName(id), amount)));
  const ids = new Set<number>();
  state.allocatable.forEach((_, id) => ids.add(id));
  state.requested.forEach((_, id) => ids.add(id));
  for (const id of ids) {
    const name = resourceName(id);
    if (name !== 'pods') requested[name] = formatUnits(name, state.requested[id] ?? 0);
  }
  requested.pods = String(state.podCount);
  return { name: state.node.name, allocatable, requested, pods: state.podCount };
}
