import { declaredReplicas, hpaMinReplicas, hpasTargeting, type Resource, type ResourceSet } from '../../resources/index.js';

/**
 * The replica count to judge a workload's rollout and disruption settings at: the lowest
 * `minReplicas` of the HPAs of the input that scale it (the worst case), else `spec.replicas`.
 */
export function reviewedReplicas(workload: Resource, set: ResourceSet, defaultNamespace: string): number {
  const minima = hpasTargeting(workload, set, defaultNamespace).map(hpaMinReplicas).filter((m): m is number => m !== undefined);
  return minima.length > 0 ? Math.min(...minima) : (declaredReplicas(workload) ?? 1);
}
