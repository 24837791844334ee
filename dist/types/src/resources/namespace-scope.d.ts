import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { type Labels } from './label-selector.js';
/** Whether the object is of a kind known to be cluster-scoped (a custom kind counts as namespaced). */
export declare function isClusterScoped(resource: Pick<Resource, 'apiVersion' | 'kind'>): boolean;
/** Whether the input holds a namespaced object, other than `resource`, in the namespace `namespace`. */
export declare function namespaceHasOtherObjects(resource: Resource, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean;
/** Whether the object creates Pods from a pod template (a Pod or a controller, not a PodTemplate). */
export declare function createsPods(resource: Resource): boolean;
/** The objects of the input that create Pods, optionally only those of one namespace. */
export declare function podCreatorsOf(resources: ResourceSet, namespace?: string, defaultNamespace?: string): Resource[];
/** The objects of `kind` in `namespace` (objects naming none count as `defaultNamespace`). */
export declare function ofKindIn(resources: ResourceSet, kind: string, namespace: string, defaultNamespace: string): Resource[];
/**
 * When a cross-resource rule reports a selector that matches no Pods: `inputHasWorkloads` only when
 * the input contains some workload (in any namespace), `namespaceHasWorkloads` only when it contains
 * one in the selector's namespace, `always` every time.
 */
export type SelectionReportWhen = 'inputHasWorkloads' | 'namespaceHasWorkloads' | 'always';
/** Whether a rule with the `reportWhen` setting should judge a selector in `namespace`. */
export declare function shouldJudgeSelection(reportWhen: unknown, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean;
/**
 * The pod creators of `namespace` whose Pods a Service-style label map selects: by their pod
 * template labels, and by the labels their controller adds to each Pod (controller-pod-labels.ts).
 * Workloads are indexed by one template label pair, so a Service is compared with the few that
 * share it, not with every workload of the namespace.
 */
export declare function podCreatorsSelectedBy(resources: ResourceSet, namespace: string, defaultNamespace: string, selector: Readonly<Record<string, unknown>>): Resource[];
/**
 * Custom resources of `namespace` (API groups outside Kubernetes' own) whose own labels `matches`
 * accepts. Operators give the Pods they create their resource's labels (prometheus-operator's
 * Prometheus and Alertmanager do), so a Service or policy selecting those labels selects Pods.
 */
export declare function operatorResourcesMatching(resources: ResourceSet, namespace: string, defaultNamespace: string, matches: (labels: Labels) => boolean): Resource[];
/** The object of `kind` named `name` in `namespace` of the input, if any (the first, if several). */
export declare function findInNamespace(resources: ResourceSet, kind: string, name: string, namespace: string, defaultNamespace: string): Resource | undefined;
