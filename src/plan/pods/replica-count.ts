import { valueAt, hpasTargeting, hpaMinReplicas, declaredReplicas, type Resource, type ResourceSet } from '../../resources/index.js';

/**
 * The replicas a controller runs right after apply: `spec.replicas` (default 1), raised to an
 * HPA's `minReplicas` and lowered to its `maxReplicas` (no metrics to go on). At zero an HPA
 * leaves the workload alone.
 */
export function replicaCount(workload: Resource, resources: ResourceSet, defaultNamespace: string): number {
  const declared = declaredReplicas(workload) ?? 1;
  if (declared <= 0) return 0;
  let replicas = declared;
  for (const hpa of hpasTargeting(workload, resources, defaultNamespace)) {
    const min = hpaMinReplicas(hpa) ?? 1;
    const max = valueAt(hpa.object, ['spec', 'maxReplicas']);
    replicas = Math.max(replicas, min);
    if (typeof max === 'number' && max >= 1) replicas = Math.min(replicas, max);
  }
  return replicas;
}

/** How many Pods a Job runs at once: `min(parallelism, completions)`, none when suspended. */
export function jobPodCount(jobSpec: unknown): number {
  if (valueAt(jobSpec, ['suspend']) === true) return 0;
  const parallelism = valueAt(jobSpec, ['parallelism']);
  const completions = valueAt(jobSpec, ['completions']);
  const running = typeof parallelism === 'number' ? parallelism : 1;
  // completions unset with parallelism set is a work queue: parallelism Pods
  const total = typeof completions === 'number' ? completions : typeof parallelism === 'number' ? parallelism : 1;
  return Math.max(0, Math.min(running, total));
}
