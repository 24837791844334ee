/** A Deployment's resolved rolling-update bounds. */
export interface RollingUpdateBounds {
    maxSurge: number;
    maxUnavailable: number;
    /** replicas + maxSurge: old + new Pods never exceed it. */
    maxTotal: number;
    /** replicas − maxUnavailable: available Pods never drop below it. */
    minAvailable: number;
}
/**
 * The Deployment controller's fenceposts: maxSurge rounds a percentage up, maxUnavailable rounds
 * down; when both come out 0 maxUnavailable becomes 1 so the rollout can progress. Unreadable
 * values fall back to the 25% defaults.
 */
export declare function rollingUpdateBounds(replicas: number, maxSurge?: unknown, maxUnavailable?: unknown): RollingUpdateBounds;
