import { type ResourceSet } from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';
/** Options of `rolloutFindings`. */
export interface RolloutFindingOptions {
    defaultNamespace: string;
    kubernetesVersion: string;
}
/**
 * What a reviewer wants to know about rollouts of the input: strategies that drop every ready
 * Pod (maxUnavailable too high, Recreate) and PodDisruptionBudgets that block node drains.
 */
export declare function rolloutFindings(set: ResourceSet, options: RolloutFindingOptions): RolloutFinding[];
