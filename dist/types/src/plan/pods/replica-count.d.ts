import { type Resource, type ResourceSet } from '../../resources/index.js';
/**
 * The replicas a controller runs right after apply: `spec.replicas` (default 1), raised to an
 * HPA's `minReplicas` and lowered to its `maxReplicas` (no metrics to go on). At zero an HPA
 * leaves the workload alone.
 */
export declare function replicaCount(workload: Resource, resources: ResourceSet, defaultNamespace: string): number;
/** How many Pods a Job runs at once: `min(parallelism, completions)`, none when suspended. */
export declare function jobPodCount(jobSpec: unknown): number;
