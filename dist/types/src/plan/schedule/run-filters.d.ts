import type { FilterStatus } from './filter-status.js';
import { type InterPodAffinityState } from './inter-pod-affinity.js';
import type { NodeState } from './node-state.js';
import type { PodFacts } from './pod-facts.js';
import { type SpreadState } from './pod-topology-spread.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { type ClaimPlan } from './volume-binding.js';
/** What the filters of one scheduling attempt share: PreFilter results and the wording. */
export interface FilterCycle {
    plans: readonly ClaimPlan[];
    spread?: SpreadState;
    affinity?: InterPodAffinityState;
    wording: SchedulerWording;
    nodeCount: number;
    /** Whether the input declares PersistentVolumes (a claim bound to an unknown one is then an error). */
    hasVolumes: boolean;
}
/**
 * Runs the default profile's filters on one node, in order, and returns the first rejection.
 * The label-and-taint filters never change their mind about a node, so their verdict is kept
 * per pod spec.
 */
export declare function filterNode(node: NodeState, facts: PodFacts, cycle: FilterCycle): FilterStatus | undefined;
