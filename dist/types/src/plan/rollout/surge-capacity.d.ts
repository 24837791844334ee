import type { RolloutStep } from './rollout-steps.js';
/** Asks the scheduler whether `extraPods` more Pods of the workload fit the modelled cluster. */
export type SurgeFits = (extraPods: number) => {
    fits: boolean;
    reason?: string;
};
/**
 * The first step whose extra Pods (beyond the `baseline` that already run) do not fit, or
 * undefined. Each new peak of extra Pods is asked once; a step that needs no more room than an
 * earlier one fits too, because old Pods only free room.
 */
export declare function firstStallingStep(steps: readonly RolloutStep[], baseline: number, surgeFits: SurgeFits): {
    step: number;
    reason: string;
} | undefined;
