import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
/** Whether the HorizontalPodAutoscaler `hpa` scales `workload` (same namespace, kind, name and, when given, API group). */
export declare function hpaTargets(hpa: Resource, workload: Resource, defaultNamespace: string): boolean;
/** The HorizontalPodAutoscalers of the input that scale `workload`. */
export declare function hpasTargeting(workload: Resource, resources: ResourceSet, defaultNamespace: string): Resource[];
/** An HPA's `spec.minReplicas` (1 when unset, as the API defaults it), or undefined when malformed. */
export declare function hpaMinReplicas(hpa: Resource): number | undefined;
/** The replica count a controller declares (`spec.replicas`, 1 when unset), or undefined when malformed. */
export declare function declaredReplicas(workload: Resource): number | undefined;
/**
 * Whether a Deployment-like controller may run fewer than `minimum` replicas at most, for rules
 * about replicated workloads: the highest `maxReplicas` of the HPAs of the input that scale it
 * counts, else an explicit `spec.replicas`. An unset `spec.replicas` without such an HPA is not
 * known to be small (an autoscaler outside the input may own it), as kube-score reads it.
 */
export declare function isKnownBelowReplicas(workload: Resource, resources: ResourceSet, defaultNamespace: string, minimum: number): boolean;
