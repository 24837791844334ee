import { splitApiVersion, type Resource, type ResourceSet, memoByString, builtInClusterKinds } from '../resources/index.js';
import { objectAt, stringAt } from './read-field.js';

// Built-in kinds served by 1.28-1.36, per API group; cluster-scoped ones are listed separately.
const namespacedKinds: Record<string, string[]> = {
  '': ['Pod', 'Service', 'ConfigMap', 'Secret', 'ServiceAccount', 'Endpoints', 'PersistentVolumeClaim',
    'ReplicationController', 'PodTemplate', 'LimitRange', 'ResourceQuota', 'Event', 'Binding'],
  apps: ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'ControllerRevision'],
  batch: ['Job', 'CronJob'],
  autoscaling: ['HorizontalPodAutoscaler'],
  policy: ['PodDisruptionBudget'],
  'networking.k8s.io': ['Ingress', 'NetworkPolicy'],
  'rbac.authorization.k8s.io': ['Role', 'RoleBinding'],
  'coordination.k8s.io': ['Lease'],
  'discovery.k8s.io': ['EndpointSlice'],
  'events.k8s.io': ['Event'],
  'storage.k8s.io': ['CSIStorageCapacity'],
  'resource.k8s.io': ['ResourceClaim', 'ResourceClaimTemplate'],
};


// every check asks for the group, and an input has only a few distinct apiVersions
const groupOfApiVersion = memoByString((apiVersion: string) => splitApiVersion(apiVersion).group);

/** The API group of the resource ('' for core). */
export function groupOf(resource: Resource): string {
  return groupOfApiVersion(resource.apiVersion);
}

function listed(table: Readonly<Record<string, readonly string[]>>, resource: Resource): boolean {
  return table[groupOf(resource)]?.includes(resource.kind) ?? false;
}

/** Whether the resource is a built-in kind the API server serves (any version of its group). */
export function isBuiltInKind(resource: Resource): boolean {
  return listed(namespacedKinds, resource) || listed(builtInClusterKinds, resource);
}

/** Whether the resource is a kind in `group` (core is ''), so checks can skip look-alike CRDs. */
export function isKind(resource: Resource, group: string, ...kinds: string[]): boolean {
  return groupOf(resource) === group && kinds.includes(resource.kind);
}

/**
 * The scope the server gives the resource: from the built-in tables, or from a CRD in the same
 * input; undefined when drydock cannot know (a custom resource without its CRD).
 */
export function scopeOf(resource: Resource, resources: ResourceSet): 'Namespaced' | 'Cluster' | undefined {
  if (listed(namespacedKinds, resource)) return 'Namespaced';
  if (listed(builtInClusterKinds, resource)) return 'Cluster';
  const crd = crdOf(resource, resources);
  const scope = crd && stringAt(crd.object, ['spec', 'scope']);
  return scope === 'Namespaced' || scope === 'Cluster' ? scope : undefined;
}

/** The CustomResourceDefinition in the input that defines the resource's group and kind. */
export function crdOf(resource: Resource, resources: ResourceSet): Resource | undefined {
  const group = groupOf(resource);
  if (group === '') return undefined;
  return resources.ofKind('CustomResourceDefinition', 'apiextensions.k8s.io').find((crd) => {
    const spec = objectAt(crd.object, ['spec']);
    return spec?.group === group && objectAt(spec, ['names'])?.kind === resource.kind;
  });
}

// Tool configuration files look like objects but never reach an API server.
const configGroup = /(^|\.)config\.k8s\.io$|^kustomize\.|^config\.kubernetes\.io$/;

/**
 * Whether the server validates this resource's metadata: a built-in kind, or a custom resource
 * (a dotted API group that is not a tool's configuration format such as kustomize's).
 */
export function hasServerMetadata(resource: Resource, resources: ResourceSet): boolean {
  if (isBuiltInKind(resource) || crdOf(resource, resources) !== undefined) return true;
  const group = groupOf(resource);
  return group.includes('.') && !configGroup.test(group) && resource.kind !== '';
}
