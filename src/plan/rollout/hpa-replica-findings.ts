import { hpasTargeting, isObject, valueAt, type JsonObject, type Resource, type ResourceSet } from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';

const lastApplied = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * What an apply does to the replica count of a workload an HPA of the input scales: a
 * `spec.replicas` that differs from the current count is reset by every apply until the HPA
 * rescales; removing `spec.replicas` that the last apply set makes client-side apply delete the
 * field, which defaults it to 1 once.
 */
export function hpaReplicaFindings(before: JsonObject | undefined, after: Resource, set: ResourceSet, defaultNamespace: string): RolloutFinding[] {
  if (before === undefined) return [];
  const [hpa] = hpasTargeting(after, set, defaultNamespace);
  if (!hpa) return [];
  const desired = valueAt(after.object, ['spec', 'replicas']);
  const current = valueAt(before, ['spec', 'replicas']);
  if (typeof desired === 'number') {
    if (typeof current !== 'number' || current === desired) return [];
    return [{
      code: 'replicas-reset-by-apply', severity: 'warning', resource: after, path: ['spec', 'replicas'],
      message: `replicas is managed by HorizontalPodAutoscaler ${hpa.name}; applying resets it from ${current} to ${desired} until the HPA rescales.`,
    }];
  }
  if (!lastAppliedHadReplicas(before)) return [];
  return [{
    code: 'replicas-drop-to-one', severity: 'warning', resource: after, path: ['spec'],
    message: `replicas was removed for HorizontalPodAutoscaler ${hpa.name}, but the last apply set it: client-side apply deletes the field and the workload scales to 1 until the HPA rescales.`,
  }];
}

// a live object says what the last apply sent; a manifest base is what was applied
function lastAppliedHadReplicas(before: JsonObject): boolean {
  const annotation = valueAt(before, ['metadata', 'annotations', lastApplied]);
  if (typeof annotation !== 'string') return typeof valueAt(before, ['spec', 'replicas']) === 'number';
  try {
    const applied: unknown = JSON.parse(annotation);
    return isObject(applied) && typeof valueAt(applied, ['spec', 'replicas']) === 'number';
  } catch {
    return false;
  }
}
