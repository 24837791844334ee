import type { FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';
/**
 * A Pod's requests as `[resourceId, amount]`, in the order NodeResourcesFit reports shortages:
 * cpu, memory, ephemeral-storage, then the rest by name.
 */
export declare function orderedRequests(requests: ReadonlyMap<string, number>): [number, number][];
/**
 * NodeResourcesFit: the pod count always counts; each requested resource must fit in what is
 * left of allocatable (a resource the node does not list has none). Every short resource is a
 * reason of its own, as upstream reports them all.
 */
export declare function nodeResourcesFitFilter(requests: readonly [number, number][], node: NodeState, wording: SchedulerWording): FilterStatus | undefined;
