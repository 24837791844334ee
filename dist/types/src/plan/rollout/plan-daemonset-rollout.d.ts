import { type PlannedSteps, type RolloutContext } from './rollout-context.js';
/** A DaemonSet's rollout: per node, in waves of maxUnavailable or maxSurge nodes. */
export declare function planDaemonSetRollout(context: RolloutContext): PlannedSteps;
