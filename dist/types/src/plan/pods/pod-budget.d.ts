/** How many Pods a plan simulates at most, by default: a 2147483647-replica Deployment must not be expanded. */
export declare const defaultMaxPods = 10000;
/**
 * Shares `max` Pods among workloads that want `wanted[i]` each, so that small workloads are
 * simulated whole and only the largest are cut: each gets an equal share, and what a small one
 * leaves goes to the others (water-filling). Returns the Pods granted to each workload.
 */
export declare function sharePods(wanted: readonly number[], max: number): number[];
