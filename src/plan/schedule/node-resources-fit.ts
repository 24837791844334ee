import type { FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import { resourceId, resourceName } from './resource-ids.js';
import type { SchedulerWording } from './scheduler-wording.js';

const fixedOrder = ['cpu', 'memory', 'ephemeral-storage'];

/**
 * A Pod's requests as `[resourceId, amount]`, in the order NodeResourcesFit reports shortages:
 * cpu, memory, ephemeral-storage, then the rest by name.
 */
export function orderedRequests(requests: ReadonlyMap<string, number>): [number, number][] {
  const rank = (name: string) => (fixedOrder.includes(name) ? fixedOrder.indexOf(name) : fixedOrder.length);
  return [...requests]
    .filter(([name]) => name !== 'pods')
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, amount]) => [resourceId(name), amount]);
}

const podsId = resourceId('pods');

/**
 * NodeResourcesFit: the pod count always counts; each requested resource must fit in what is
 * left of allocatable (a resource the node does not list has none). Every short resource is a
 * reason of its own, as upstream reports them all.
 */
export function nodeResourcesFitFilter(requests: readonly [number, number][], node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  // the common case, everything fits, is checked without building anything
  // (node arrays are padded to every resource id; `?? 0` only satisfies the index type)
  const podsFit = node.podCount + 1 <= (node.allocatable[podsId] ?? 0);
  let fits = podsFit;
  for (let i = 0; fits && i < requests.length; i++) {
    const [id, amount] = requests[i]!;
    fits = amount <= (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0);
  }
  if (fits) return undefined;
  const reasons: string[] = [];
  const resources: string[] = [];
  if (!podsFit) {
    reasons.push(wording.tooManyPods);
    resources.push('pods');
  }
  for (const [id, amount] of requests) {
    if (amount > (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0)) {
      reasons.push(wording.insufficient(resourceName(id)));
      resources.push(resourceName(id));
    }
  }
  return { plugin: 'NodeResourcesFit', reasons, unresolvable: false, resources };
}
