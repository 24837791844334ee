/** What a rollout step does. */
export type RolloutStepKind = 'create' | 'scale-up' | 'scale-down' | 'delete' | 'wait' | 'note';
/**
 * One step of a simulated rollout and the Pod counts after it. `old` are Pods of the previous
 * template (revision), `new` of the new one; "available" means Ready for `minReadySeconds`.
 */
export interface RolloutStep {
    kind: RolloutStepKind;
    action: string;
    old: number;
    oldAvailable: number;
    new: number;
    newAvailable: number;
    /** old + new: the Pods that exist (and need room) after this step. */
    total: number;
}
/** A step table with the bounds the strategy keeps. */
export interface RolloutSteps {
    steps: RolloutStep[];
    /** The fewest available Pods at any step. */
    minAvailable: number;
    /** The most Pods at any step. */
    maxTotal: number;
    /** Steps (1-based, inclusive) during which no Pod is available though some were before. */
    downtime?: {
        fromStep: number;
        toStep: number;
    };
}
/** A mutable Pod count the step builders advance. */
export interface PodCounts {
    old: number;
    oldAvailable: number;
    new: number;
    newAvailable: number;
}
/** Step tables stop after this many steps, with a note saying how many more follow the same way. */
export declare const maxTableSteps = 1000;
/** Records `counts` after `action` as a step. */
export declare function stepOf(kind: RolloutStepKind, action: string, counts: PodCounts): RolloutStep;
/** Wraps steps with their bounds; `start` counts the Pods before the first step. */
export declare function withBounds(steps: RolloutStep[], start: PodCounts): RolloutSteps;
