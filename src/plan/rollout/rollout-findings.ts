import { updateStrategyKinds, type ResourceSet } from '../../resources/index.js';
import { pdbFindings } from './pdb-findings.js';
import type { RolloutFinding } from './rollout.js';
import { reviewedReplicas } from './reviewed-replicas.js';
import { strategyFindings } from './strategy-findings.js';

/** Options of `rolloutFindings`. */
export interface RolloutFindingOptions {
  defaultNamespace: string;
  kubernetesVersion: string;
}

/**
 * What a reviewer wants to know about rollouts of the input: strategies that drop every ready
 * Pod (maxUnavailable too high, Recreate) and PodDisruptionBudgets that block node drains.
 */
export function rolloutFindings(set: ResourceSet, options: RolloutFindingOptions): RolloutFinding[] {
  const findings: RolloutFinding[] = [];
  for (const kind of updateStrategyKinds) {
    for (const workload of set.ofKind(kind, 'apps')) {
      const replicas = reviewedReplicas(workload, set, options.defaultNamespace);
      findings.push(...strategyFindings(workload, replicas, options.kubernetesVersion));
    }
  }
  return [...findings, ...pdbFindings(set, options.defaultNamespace)];
}
