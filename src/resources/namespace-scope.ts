import { builtInClusterKinds } from './cluster-kinds.js';
import { splitApiVersion } from './resource-id.js';
import type { Resource } from './resource.js';
import type { ResourceSet } from './resource-set.js';
import { namespaceOf } from './namespace.js';
import { podLabelsOf, podTemplatePath } from './pod-template.js';
import { mapMatches } from './label-selector.js';

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
  const objects = memo(resources, `objects\u0000${defaultNamespace}\u0000${namespace}`, () =>
    resources.items.filter((other) => !isClusterScoped(other) && namespaceOf(other, defaultNamespace) === namespace),
  );
  return objects.some((other) => other !== resource);
}

// Cross-resource rules ask these questions once per object; a ResourceSet never changes, so the
// answers are kept per set (without this, lint on 20,000 objects is quadratic).
const answers = new WeakMap<ResourceSet, Map<string, Resource[]>>();

function memo(resources: ResourceSet, key: string, compute: () => Resource[]): Resource[] {
  let cache = answers.get(resources);
  if (!cache) answers.set(resources, (cache = new Map()));
  let answer = cache.get(key);
  if (!answer) cache.set(key, (answer = compute()));
  return answer;
}

/** Whether the object creates Pods from a pod template (a Pod or a controller, not a PodTemplate). */
export function createsPods(resource: Resource): boolean {
  return resource.kind !== 'PodTemplate' && podTemplatePath(resource.kind) !== undefined;
}

/** The objects of the input that create Pods, optionally only those of one namespace. */
export function podCreatorsOf(resources: ResourceSet, namespace?: string, defaultNamespace = 'default'): Resource[] {
  return memo(resources, `creators\u0000${defaultNamespace}\u0000${namespace ?? '\u0000'}`, () =>
    resources.items.filter((resource) => createsPods(resource) && (namespace === undefined || namespaceOf(resource, defaultNamespace) === namespace)),
  );
}

/** The objects of `kind` in `namespace` (objects naming none count as `defaultNamespace`). */
export function ofKindIn(resources: ResourceSet, kind: string, namespace: string, defaultNamespace: string): Resource[] {
  return memo(resources, `kind\u0000${kind}\u0000${defaultNamespace}\u0000${namespace}`, () =>
    resources.ofKind(kind).filter((r) => namespaceOf(r, defaultNamespace) === namespace),
  );
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
 * The pod creators of `namespace` whose pod labels a Service-style label map selects. Workloads
 * are indexed by one label pair, so a Service is compared with the few that share it, not with
 * every workload of the namespace.
 */
export function podCreatorsSelectedBy(resources: ResourceSet, namespace: string, defaultNamespace: string, selector: Readonly<Record<string, unknown>>): Resource[] {
  const pairs = Object.entries(selector);
  if (pairs.length === 0) return podCreatorsOf(resources, namespace, defaultNamespace);
  const [key, value] = pairs[0];
  const candidates = memo(resources, `label\u0000${defaultNamespace}\u0000${namespace}\u0000${key}\u0000${String(value)}`, () => {
    const byPair = labelIndex(resources, namespace, defaultNamespace);
    return byPair.get(`${key}\u0000${String(value)}`) ?? [];
  });
  return candidates.filter((workload) => mapMatches(selector, podLabelsOf(workload)));
}

const labelIndexes = new WeakMap<ResourceSet, Map<string, Map<string, Resource[]>>>();

function labelIndex(resources: ResourceSet, namespace: string, defaultNamespace: string): Map<string, Resource[]> {
  let perNamespace = labelIndexes.get(resources);
  if (!perNamespace) labelIndexes.set(resources, (perNamespace = new Map()));
  const key = `${defaultNamespace}\u0000${namespace}`;
  let index = perNamespace.get(key);
  if (!index) {
    index = new Map();
    for (const workload of podCreatorsOf(resources, namespace, defaultNamespace)) {
      for (const [label, value] of Object.entries(podLabelsOf(workload))) {
        const pair = `${label}\u0000${value}`;
        const list = index.get(pair);
        if (list) list.push(workload);
        else index.set(pair, [workload]);
      }
    }
    perNamespace.set(key, index);
  }
  return index;
}

const nameIndexes = new WeakMap<ResourceSet, Map<string, Map<string, Resource>>>();

/** The object of `kind` named `name` in `namespace` of the input, if any (the first, if several). */
export function findInNamespace(resources: ResourceSet, kind: string, name: string, namespace: string, defaultNamespace: string): Resource | undefined {
  let perKind = nameIndexes.get(resources);
  if (!perKind) nameIndexes.set(resources, (perKind = new Map()));
  const key = `${kind}\u0000${defaultNamespace}\u0000${namespace}`;
  let byName = perKind.get(key);
  if (!byName) {
    byName = new Map();
    for (const r of ofKindIn(resources, kind, namespace, defaultNamespace)) if (!byName.has(r.name)) byName.set(r.name, r);
    perKind.set(key, byName);
  }
  return byName.get(name);
}
