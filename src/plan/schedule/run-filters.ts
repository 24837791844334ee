import type { FilterStatus } from './filter-status.js';
import { interPodAffinityFilter, type InterPodAffinityState } from './inter-pod-affinity.js';
import { nodeAffinityFilter } from './node-affinity.js';
import { nodeNameFilter } from './node-name.js';
import { nodePortsFilter } from './node-ports.js';
import { nodeResourcesFitFilter } from './node-resources-fit.js';
import type { NodeState } from './node-state.js';
import { nodeUnschedulableFilter } from './node-unschedulable.js';
import type { PodFacts } from './pod-facts.js';
import { podTopologySpreadFilter, type SpreadState } from './pod-topology-spread.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { taintTolerationFilter } from './taint-toleration.js';
import { volumeBindingFilter, type ClaimPlan } from './volume-binding.js';
import { volumeZoneFilter } from './volume-zone.js';

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
export function filterNode(node: NodeState, facts: PodFacts, cycle: FilterCycle): FilterStatus | undefined {
  const { wording } = cycle;
  if (facts.narrowedTo && !facts.narrowedTo.has(node.node.name)) {
    return { plugin: 'NodeAffinity', reasons: [wording.narrowedByNodeAffinity], unresolvable: true, narrowed: true };
  }
  // filled up front: assigning far past the end would turn the array into a slow dictionary
  if (facts.staticVerdicts.length === 0) facts.staticVerdicts = new Array<FilterStatus | null | undefined>(cycle.nodeCount).fill(undefined);
  let fixed = facts.staticVerdicts[node.index];
  if (fixed === undefined) {
    fixed =
      nodeUnschedulableFilter(facts.tolerations, node.node, wording) ??
      nodeNameFilter(undefined, node.node, wording) ??
      taintTolerationFilter(facts.tolerations, node.node, wording) ??
      nodeAffinityFilter(facts.nodeAffinity, node.node, wording) ??
      null;
    facts.staticVerdicts[node.index] = fixed;
  }
  if (fixed) return fixed;
  return (
    nodePortsFilter(facts.hostPorts, node, wording) ??
    nodeResourcesFitFilter(facts.orderedRequests, node, wording) ??
    (cycle.plans.length > 0 ? (volumeBindingFilter(cycle.plans, node, cycle.hasVolumes, wording) ?? volumeZoneFilter(cycle.plans, node, wording)) : undefined) ??
    (cycle.spread ? podTopologySpreadFilter(cycle.spread, node, wording) : undefined) ??
    (cycle.affinity ? interPodAffinityFilter(cycle.affinity, node, wording) : undefined)
  );
}
