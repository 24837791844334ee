import type { PlannedSteps, RolloutContext } from './rollout-context.js';
/** A Deployment's rollout: a new ReplicaSet for a new template, else a plain scale. */
export declare function planDeploymentRollout(context: RolloutContext): PlannedSteps;
