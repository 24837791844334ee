import type { NodeState } from './node-state.js';
/** What scoring needs of the Pod being placed. */
export interface ScoreInput {
    cpu: number;
    memory: number;
    /** Untolerated PreferNoSchedule taints per node, and preferred node-affinity weight per node. */
    preferNoSchedule(node: NodeState): number;
    preferredAffinity(node: NodeState): number;
    /** False when no node has a PreferNoSchedule taint / the Pod has no preferred node affinity (the scores are then equal). */
    scoresTaints: boolean;
    scoresAffinity: boolean;
}
/**
 * Picks the node the default scheduler would most plausibly choose among the first `count` of `feasible`:
 * 3·TaintToleration + 2·NodeAffinity (preferred) + LeastAllocated + BalancedAllocation, with
 * cpu and memory counted the way scoring counts them (containers without requests as 100m and
 * 200 MiB). Skipped: ImageLocality, preferred inter-pod affinity and spreading scores. Real
 * ties are broken at random; here the node whose name sorts first wins.
 */
export declare function bestNode(feasible: readonly NodeState[], count: number, pod: ScoreInput): NodeState;
