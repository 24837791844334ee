import { splitApiVersion } from './resource-id.js';
import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { namespaceOf } from './namespace.js';
import { isObject } from './pod-template.js';
import { valueAt } from './json-path.js';

/** Whether the HorizontalPodAutoscaler `hpa` scales `workload` (same namespace, kind, name and, when given, API group). */
export function hpaTargets(hpa: Resource, workload: Resource, defaultNamespace: string): boolean {
  const ref = valueAt(hpa.object, ['spec', 'scaleTargetRef']);
  if (!isObject(ref) || ref.kind !== workload.kind || ref.name !== workload.name) return false;
  if (namespaceOf(hpa, defaultNamespace) !== namespaceOf(workload, defaultNamespace)) return false;
  if (typeof ref.apiVersion === 'string' && ref.apiVersion !== '') {
    return splitApiVersion(ref.apiVersion).group === splitApiVersion(workload.apiVersion).group;
  }
  return true;
}

/** The HorizontalPodAutoscalers of the input that scale `workload`. */
export function hpasTargeting(workload: Resource, resources: ResourceSet, defaultNamespace: string): Resource[] {
  return resources.ofKind('HorizontalPodAutoscaler').filter((hpa) => hpaTargets(hpa, workload, defaultNamespace));
}

/** An HPA's `spec.minReplicas` (1 when unset, as the API defaults it), or undefined when malformed. */
export function hpaMinReplicas(hpa: Resource): number | undefined {
  const min = valueAt(hpa.object, ['spec', 'minReplicas']);
  if (min === undefined || min === null) return 1;
  return typeof min === 'number' && Number.isInteger(min) ? min : undefined;
}

/** The replica count a controller declares (`spec.replicas`, 1 when unset), or undefined when malformed. */
export function declaredReplicas(workload: Resource): number | undefined {
  const replicas = valueAt(workload.object, ['spec', 'replicas']);
  if (replicas === undefined || replicas === null) return 1;
  return typeof replicas === 'number' && Number.isInteger(replicas) ? replicas : undefined;
}

/**
 * Whether a Deployment-like controller may run fewer than `minimum` replicas at most, for rules
 * about replicated workloads: the highest `maxReplicas` of the HPAs of the input that scale it
 * counts, else an explicit `spec.replicas`. An unset `spec.replicas` without such an HPA is not
 * known to be small (an autoscaler outside the input may own it), as kube-score reads it.
 */
export function isKnownBelowReplicas(workload: Resource, resources: ResourceSet, defaultNamespace: string, minimum: number): boolean {
  const maxima = hpasTargeting(workload, resources, defaultNamespace)
    .map((hpa) => valueAt(hpa.object, ['spec', 'maxReplicas']))
    .filter((max): max is number => typeof max === 'number');
  if (maxima.length > 0) return Math.max(...maxima) < minimum;
  const replicas = valueAt(workload.object, ['spec', 'replicas']);
  return typeof replicas === 'number' && replicas < minimum;
}
