import type { FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';

const fixedOrder = ['cpu', 'memory', 'ephemeral-storage'];

/** A Pod's requests in the order NodeResourcesFit reports shortages: cpu, memory, ephemeral-storage, then the rest by name. */
export function orderedRequests(requests: ReadonlyMap<string, number>): [string, number][] {
  const rank = (name: string) => (fixedOrder.includes(name) ? fixedOrder.indexOf(name) : fixedOrder.length);
  return [...requests]
    .filter(([name]) => name !== 'pods')
    .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * NodeResourcesFit: the pod count always counts; each requested resource must fit in what is
 * left of allocatable (a resource the node does not list has none). Every short resource is a
 * reason of its own, as upstream reports them all.
 */
export function nodeResourcesFitFilter(requests: readonly [string, number][], node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  const reasons: string[] = [];
  const resources: string[] = [];
  if (node.podCount + 1 > (node.allocatable.get('pods') ?? 0)) {
    reasons.push(wording.tooManyPods);
    resources.push('pods');
  }
  for (const [name, amount] of requests) {
    const free = (node.allocatable.get(name) ?? 0) - (node.requested.get(name) ?? 0);
    if (amount > free) {
      reasons.push(wording.insufficient(name));
      resources.push(name);
    }
  }
  return reasons.length > 0 ? { plugin: 'NodeResourcesFit', reasons, unresolvable: false, resources } : undefined;
}
