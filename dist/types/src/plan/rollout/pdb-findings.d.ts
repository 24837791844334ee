import { type ResourceSet } from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';
/**
 * PodDisruptionBudgets that allow no voluntary disruption at the workloads' replica counts
 * (minAvailable ≥ the Pods it covers, or maxUnavailable 0): `kubectl drain` and node upgrades
 * wait forever for those Pods. An HPA's minReplicas counts, as the worst case.
 */
export declare function pdbFindings(set: ResourceSet, defaultNamespace: string): RolloutFinding[];
