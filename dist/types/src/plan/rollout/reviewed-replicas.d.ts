import { type Resource, type ResourceSet } from '../../resources/index.js';
/**
 * The replica count to judge a workload's rollout and disruption settings at: the lowest
 * `minReplicas` of the HPAs of the input that scale it (the worst case), else `spec.replicas`.
 */
export declare function reviewedReplicas(workload: Resource, set: ResourceSet, defaultNamespace: string): number;
