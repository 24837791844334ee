import { builtInClusterKinds } from './cluster-kinds.js';
import { splitApiVersion } from './resource-id.js';
import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { namespaceOf } from './namespace.js';
import { podLabelsOf, podTemplatePath } from './pod-template.js';
import { labelsOf, type Labels } from './label-selector.js';
import { controllerPodLabelKeys, controllerPodLabelMatches } from './controller-pod-labels.js';

// Add-on kinds that live outside namespaces too, so they never count as objects of a namespace.
const addOnClusterKinds: Record<string, readonly string[]> = {
  'cert-manager.io': ['ClusterIssuer'],
};

/** Whether the object is of a kind known to be cluster-scoped (a custom kind counts as namespaced). */
export function isClusterScoped(resource: Pick<Resource, 'apiVersion' | 'kind'>): boolean {
  const group = splitApiVersion(resource.apiVersion).group;
  return (builtInClusterKinds[group] ?? addOnClusterKinds[group])?.includes(resource.kind) ?? false;
}

/** Whether the input holds a namespaced object, other than `resource`, in the namespace `namespace`. */
export function namespaceHasOtherObjects(resource: Resource, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean {
  const objects = scopeOf(resources, defaultNamespace).namespacedObjects().get(namespace) ?? [];
  return objects.some((other) => other !== resource);
}

/** Whether the object creates Pods from a pod template (a Pod or a controller, not a PodTemplate). */
export function createsPods(resource: Resource): boolean {
  return resource.kind !== 'PodTemplate' && podTemplatePath(resource.kind) !== undefined;
}

/** The objects of the input that create Pods, optionally only those of one namespace. */
export function podCreatorsOf(resources: ResourceSet, namespace?: string, defaultNamespace = 'default'): Resource[] {
  const scope = scopeOf(resources, defaultNamespace);
  return namespace === undefined ? scope.podCreators() : (scope.podCreatorsByNamespace().get(namespace) ?? []);
}

/** The objects of `kind` in `namespace` (objects naming none count as `defaultNamespace`). */
export function ofKindIn(resources: ResourceSet, kind: string, namespace: string, defaultNamespace: string): Resource[] {
  return scopeOf(resources, defaultNamespace).ofKind(kind).get(namespace) ?? [];
}

// Cross-resource rules ask these questions once per object. A ResourceSet never changes, so each
// grouping is made in one pass over the set, on first use, and kept with the set (without this,
// lint on 20,000 objects is quadratic).
const scopes = new WeakMap<ResourceSet, Map<string, NamespaceScope>>();

function scopeOf(resources: ResourceSet, defaultNamespace: string): NamespaceScope {
  let byDefault = scopes.get(resources);
  if (!byDefault) scopes.set(resources, (byDefault = new Map()));
  let scope = byDefault.get(defaultNamespace);
  if (!scope) byDefault.set(defaultNamespace, (scope = new NamespaceScope(resources, defaultNamespace)));
  return scope;
}

/** The input's objects grouped by namespace, for one default namespace. Do not modify the lists. */
class NamespaceScope {
  private objects?: Map<string, Resource[]>;
  private custom?: Map<string, Resource[]>;
  private creators?: Resource[];
  private creatorsByNamespace?: Map<string, Resource[]>;
  private readonly kinds = new Map<string, Map<string, Resource[]>>();
  private readonly names = new Map<string, Map<string, Map<string, Resource>>>();
  private readonly labels = new Map<string, Map<string, Resource[]>>();

  constructor(
    private readonly resources: ResourceSet,
    private readonly defaultNamespace: string,
  ) {}

  namespacedObjects(): Map<string, Resource[]> {
    this.objects ??= this.group(this.resources.items.filter((resource) => !isClusterScoped(resource)));
    return this.objects;
  }

  /** The namespaced objects of API groups outside Kubernetes' own, per namespace (found once: every Service asks). */
  customObjects(): Map<string, Resource[]> {
    this.custom ??= new Map([...this.namespacedObjects()].map(([namespace, objects]) => [namespace, objects.filter(isCustomGroup)]));
    return this.custom;
  }

  podCreators(): Resource[] {
    this.creators ??= this.resources.items.filter(createsPods);
    return this.creators;
  }

  podCreatorsByNamespace(): Map<string, Resource[]> {
    this.creatorsByNamespace ??= this.group(this.podCreators());
    return this.creatorsByNamespace;
  }

  ofKind(kind: string): Map<string, Resource[]> {
    let groups = this.kinds.get(kind);
    if (!groups) this.kinds.set(kind, (groups = this.group(this.resources.ofKind(kind))));
    return groups;
  }

  /** The first object of `kind` with each name, per namespace. */
  namesOf(kind: string, namespace: string): Map<string, Resource> {
    let perNamespace = this.names.get(kind);
    if (!perNamespace) this.names.set(kind, (perNamespace = new Map()));
    let byName = perNamespace.get(namespace);
    if (!byName) {
      byName = new Map();
      for (const resource of this.ofKind(kind).get(namespace) ?? []) if (!byName.has(resource.name)) byName.set(resource.name, resource);
      perNamespace.set(namespace, byName);
    }
    return byName;
  }

  /** The pod creators of `namespace` by each `key\u0000value` pair of their pod labels. */
  labelIndex(namespace: string): Map<string, Resource[]> {
    let index = this.labels.get(namespace);
    if (!index) {
      index = new Map();
      for (const workload of this.podCreatorsByNamespace().get(namespace) ?? []) {
        for (const [label, value] of Object.entries(podLabelsOf(workload))) {
          const pair = `${label}\u0000${value}`;
          const list = index.get(pair);
          if (list) list.push(workload);
          else index.set(pair, [workload]);
        }
      }
      this.labels.set(namespace, index);
    }
    return index;
  }

  private group(resources: readonly Resource[]): Map<string, Resource[]> {
    const groups = new Map<string, Resource[]>();
    for (const resource of resources) {
      const namespace = namespaceOf(resource, this.defaultNamespace);
      const list = groups.get(namespace);
      if (list) list.push(resource);
      else groups.set(namespace, [resource]);
    }
    return groups;
  }
}

/**
 * When a cross-resource rule reports a selector that matches no Pods: `inputHasWorkloads` only when
 * the input contains some workload (in any namespace), `namespaceHasWorkloads` only when it contains
 * one in the selector's namespace, `always` every time.
 */
export type SelectionReportWhen = 'inputHasWorkloads' | 'namespaceHasWorkloads' | 'always';

/** Whether a rule with the `reportWhen` setting should judge a selector in `namespace`. */
export function shouldJudgeSelection(reportWhen: unknown, resources: ResourceSet, namespace: string, defaultNamespace: string): boolean {
  if (reportWhen === 'always') return true;
  if (reportWhen === 'namespaceHasWorkloads') return podCreatorsOf(resources, namespace, defaultNamespace).length > 0;
  return podCreatorsOf(resources).length > 0;
}

/**
 * The pod creators of `namespace` whose Pods a Service-style label map selects: by their pod
 * template labels, and by the labels their controller adds to each Pod (controller-pod-labels.ts).
 * Workloads are indexed by one template label pair, so a Service is compared with the few that
 * share it, not with every workload of the namespace.
 */
export function podCreatorsSelectedBy(resources: ResourceSet, namespace: string, defaultNamespace: string, selector: Readonly<Record<string, unknown>>): Resource[] {
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return podCreatorsOf(resources, namespace, defaultNamespace);
  const indexed = pairs.find(([key]) => !controllerPodLabelKeys.has(key));
  const candidates = indexed
    ? scopeOf(resources, defaultNamespace).labelIndex(namespace).get(`${indexed[0]}\u0000${String(indexed[1])}`) ?? []
    : podCreatorsOf(resources, namespace, defaultNamespace);
  return candidates.filter((workload) => {
    const labels = podLabelsOf(workload);
    return pairs.every(([key, value]) => labels[key] === String(value) || (labels[key] === undefined && controllerPodLabelKeys.has(key) && controllerPodLabelMatches(workload, key, String(value))));
  });
}

/**
 * Custom resources of `namespace` (API groups outside Kubernetes' own) whose own labels `matches`
 * accepts. Operators give the Pods they create their resource's labels (prometheus-operator's
 * Prometheus and Alertmanager do), so a Service or policy selecting those labels selects Pods.
 */
export function operatorResourcesMatching(resources: ResourceSet, namespace: string, defaultNamespace: string, matches: (labels: Labels) => boolean): Resource[] {
  const objects = scopeOf(resources, defaultNamespace).customObjects().get(namespace) ?? [];
  return objects.filter((object) => {
    const metadata = object.object.metadata as { labels?: unknown } | undefined;
    return matches(labelsOf(metadata?.labels));
  });
}

/** Whether an object's API group lies outside Kubernetes' own (a custom resource's, as an operator's). */
function isCustomGroup(resource: Resource): boolean {
  const group = splitApiVersion(resource.apiVersion).group;
  return group.includes('.') && group !== 'k8s.io' && !group.endsWith('.k8s.io');
}

/** The object of `kind` named `name` in `namespace` of the input, if any (the first, if several). */
export function findInNamespace(resources: ResourceSet, kind: string, name: string, namespace: string, defaultNamespace: string): Resource | undefined {
  return scopeOf(resources, defaultNamespace).namesOf(kind, namespace).get(name);
}
