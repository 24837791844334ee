import { type PlannedSteps, type RolloutContext } from './rollout-context.js';
/**
 * A Job runs once: a create starts `parallelism` Pods until `completions` succeed; its template
 * is immutable, so a template change means delete and create, which runs it again.
 */
export declare function planJobRollout(context: RolloutContext): PlannedSteps;
/** A CronJob's template change applies to the Jobs it creates from the next schedule on. */
export declare function planCronJobRollout(context: RolloutContext): PlannedSteps;
