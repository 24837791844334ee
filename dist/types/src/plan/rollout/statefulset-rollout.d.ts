import { type RolloutSteps } from './rollout-steps.js';
/** The inputs of a StatefulSet rollout; `from` is the number of existing Pods (0 for a create). */
export interface StatefulSetRolloutInput {
    name: string;
    replicas: number;
    from: number;
    /** `spec.ordinals.start` (default 0). */
    ordinalsStart?: number;
    podManagementPolicy?: 'OrderedReady' | 'Parallel';
    updateStrategy?: 'RollingUpdate' | 'OnDelete';
    /** Ordinals below it stay on the old revision. */
    partition?: number;
    /** Pods updated at once, already resolved (1 unless MaxUnavailableStatefulSet is on). */
    maxUnavailable?: number;
    templateChanged: boolean;
}
/** A StatefulSet's step table and the Pods an update leaves on the old revision. */
export interface StatefulSetRolloutSteps extends RolloutSteps {
    /** Pods that keep the old template (below the partition, or all with OnDelete): the first {@link maxNames}. */
    keptOnOldRevision: string[];
    /** How many Pods keep the old template in all. */
    keptOnOldRevisionCount: number;
}
/**
 * Simulates the StatefulSet controller: scaling first (OrderedReady: one ordinal at a time,
 * ascending up and descending down, each waiting; Parallel: all at once), then a RollingUpdate
 * from the highest ordinal down to the partition, deleting and recreating `maxUnavailable` Pods
 * at a time (no surge: the same name and PVCs come back) and waiting for them to be Ready.
 * Ordinals are ranges, never lists, and the table stops at {@link maxTableSteps} steps with a
 * note, so 2147483647 replicas cost what 1,000 do.
 */
export declare function statefulSetRollout(input: StatefulSetRolloutInput): StatefulSetRolloutSteps;
