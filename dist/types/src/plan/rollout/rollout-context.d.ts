import type { JsonObject, Resource } from '../../resources/index.js';
import type { RolloutParameters, RolloutStrategy } from './rollout.js';
import type { RolloutSteps } from './rollout-steps.js';
import type { SurgeFits } from './surge-capacity.js';
/** Options of `planRollout`. */
export interface PlanRolloutOptions {
    /** Nodes a DaemonSet's Pod fits on; unknown without a cluster model (1 is assumed). */
    nodeCount?: number;
    kubernetesVersion: string;
    /** The scheduler's capacity check for surge Pods; without it no stall is predicted. */
    surgeFits?: SurgeFits;
    /**
     * Whether the pod template changed, as the plan's diff decided it (normalised, defaults filled
     * in); without it the two templates are compared as written.
     */
    templateChanged?: boolean;
    /** The replica count to roll out to when something else owns it (an HPA); default `spec.replicas`. */
    replicas?: number;
    defaultNamespace?: string;
}
/** What every per-kind planner gets: the change and its replica counts. */
export interface RolloutContext {
    before?: JsonObject;
    after: Resource;
    isCreate: boolean;
    templateChanged: boolean;
    /** Desired replicas after the apply. */
    replicas: number;
    /** Pods before the apply (0 for a create). */
    from: number;
    options: PlanRolloutOptions;
}
/** A per-kind planner's result, before capacity and findings are added. */
export interface PlannedSteps {
    strategy: RolloutStrategy;
    parameters: RolloutParameters;
    steps: RolloutSteps;
    notes: string[];
}
/** An empty step table, for strategies that roll nothing out by themselves. */
export declare const noSteps: RolloutSteps;
