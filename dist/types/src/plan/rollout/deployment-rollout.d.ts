import { type RollingUpdateBounds } from './rolling-update-bounds.js';
import { type RolloutSteps } from './rollout-steps.js';
/** The inputs of a Deployment rollout; `from` is the number of old Pods (0 for a create). */
export interface DeploymentRolloutInput {
    replicas: number;
    maxSurge?: number | string;
    maxUnavailable?: number | string;
    minReadySeconds?: number;
    progressDeadlineSeconds?: number;
    strategy: 'RollingUpdate' | 'Recreate';
    from: number;
    /** The Deployment's name, for the ReplicaSet in step texts (`web-<hash>`). */
    name?: string;
}
/** A Deployment's step table, with the rolling-update bounds it keeps. */
export interface DeploymentRolloutSteps extends RolloutSteps {
    bounds?: RollingUpdateBounds;
}
/**
 * Simulates the Deployment controller's syncs for a new pod template: each sync first scales the
 * new ReplicaSet up within maxTotal, else scales old ReplicaSets down to keep minAvailable, else
 * waits for new Pods to become available. Every action is assumed observed before any new Pod is
 * ready, which gives the deterministic tables of planner-apply.md §5.2. Recreate scales old to 0,
 * waits for termination, then creates all new Pods.
 */
export declare function deploymentRollout(input: DeploymentRolloutInput): DeploymentRolloutSteps;
