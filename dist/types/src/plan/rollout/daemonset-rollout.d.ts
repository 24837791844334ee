import { type RolloutSteps } from './rollout-steps.js';
/** The inputs of a DaemonSet rollout over `nodeCount` nodes (those its Pod fits on). */
export interface DaemonSetRolloutInput {
    nodeCount: number;
    maxUnavailable?: number | string;
    maxSurge?: number | string;
    /** false for a create: one Pod per node, no old ones. */
    hasOldPods: boolean;
    minReadySeconds?: number;
}
/** A DaemonSet's step table with the resolved per-wave bounds. */
export interface DaemonSetRolloutSteps extends RolloutSteps {
    maxUnavailable: number;
    maxSurge: number;
}
/**
 * Simulates a DaemonSet RollingUpdate in waves of nodes. Percentages are of the node count and
 * round up for both fields. With maxSurge (maxUnavailable 0) a new Pod starts beside the old one
 * and the old one goes once the new one is available; otherwise the old Pod is deleted first.
 * Exactly one of the two may be non-zero; if both are, maxSurge is ignored as invalid.
 */
export declare function daemonSetRollout(input: DaemonSetRolloutInput): DaemonSetRolloutSteps;
