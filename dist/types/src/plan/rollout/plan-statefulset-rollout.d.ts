import type { PlannedSteps, RolloutContext } from './rollout-context.js';
/** A StatefulSet's rollout: ordered or parallel scaling, then the update by ordinal. */
export declare function planStatefulSetRollout(context: RolloutContext): PlannedSteps;
