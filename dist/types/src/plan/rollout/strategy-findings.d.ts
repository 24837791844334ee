import { type Resource } from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';
/**
 * Findings about how a workload's update strategy treats its `replicas` Pods: a maxUnavailable
 * that lets every Pod go down at once, and Recreate, which always stops every Pod first.
 */
export declare function strategyFindings(workload: Resource, replicas: number, kubernetesVersion: string): RolloutFinding[];
