import { compareQuantities, parseQuantity, valueAt, type JsonObject, type JsonPath } from '../../resources/index.js';

/** Decides, for one changed field, whether the API server refuses to update it in place. */
type ImmutableRule = (path: JsonPath, before: JsonObject, after: JsonObject) => string | undefined;

const startsWith = (path: JsonPath, ...prefix: string[]) => prefix.every((part, i) => path[i] === part);

const selectorLocked: ImmutableRule = (path) => (startsWith(path, 'spec', 'selector') ? 'spec.selector is immutable' : undefined);

const statefulSetMutable = new Set(['replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds']);
const jobLocked = new Set(['selector', 'template', 'completionMode', 'podFailurePolicy', 'backoffLimitPerIndex', 'completions', 'managedBy', 'successPolicy']);
const podMutable = new Set(['activeDeadlineSeconds', 'tolerations', 'terminationGracePeriodSeconds', 'schedulingGates']);

const wasImmutable = (before: JsonObject) => before.immutable === true;

const rules: Record<string, ImmutableRule> = {
  Deployment: selectorLocked,
  ReplicaSet: selectorLocked,
  DaemonSet: selectorLocked,
  StatefulSet: (path) =>
    path[0] === 'spec' && typeof path[1] === 'string' && !statefulSetMutable.has(path[1])
      ? `spec.${path[1]} of a StatefulSet is immutable (only replicas, ordinals, template, updateStrategy, persistentVolumeClaimRetentionPolicy and minReadySeconds may change)`
      : undefined,
  Job: (path) => (path[0] === 'spec' && typeof path[1] === 'string' && jobLocked.has(path[1]) ? `spec.${path[1]} of a Job is immutable` : undefined),
  Pod: (path) => {
    if (path[0] !== 'spec' || typeof path[1] !== 'string' || podMutable.has(path[1])) return undefined;
    if ((path[1] === 'containers' || path[1] === 'initContainers') && path[3] === 'image' && path.length === 4) return undefined;
    return `spec.${path[1]} of a Pod cannot be updated (only container images, activeDeadlineSeconds, tolerations and terminationGracePeriodSeconds can)`;
  },
  Service: (path, before, after) => {
    const typeOf = (object: JsonObject) => valueAt(object, ['spec', 'type']);
    const toOrFromExternalName = typeOf(before) !== typeOf(after) && (typeOf(before) === 'ExternalName' || typeOf(after) === 'ExternalName');
    if ((startsWith(path, 'spec', 'clusterIP') || startsWith(path, 'spec', 'clusterIPs')) && !toOrFromExternalName) {
      const had = valueAt(before, ['spec', 'clusterIP']);
      if (had !== undefined && had !== '') return 'spec.clusterIP is immutable once allocated';
    }
    if (startsWith(path, 'spec', 'loadBalancerClass') && valueAt(before, path) !== undefined) return 'spec.loadBalancerClass is immutable once set';
    if (startsWith(path, 'spec', 'healthCheckNodePort') && valueAt(before, path) !== undefined) return 'spec.healthCheckNodePort is immutable once set';
    if (startsWith(path, 'spec', 'ipFamilies') && path[2] === 0) return 'the primary entry of spec.ipFamilies is immutable';
    return undefined;
  },
  PersistentVolumeClaim: (path, before, after) => {
    if (path[0] !== 'spec') return undefined;
    if (path[1] === 'volumeAttributesClassName') return undefined;
    if (path[1] === 'volumeName' && valueAt(before, path) === undefined) return undefined;
    if (startsWith(path, 'spec', 'resources', 'requests', 'storage')) {
      const was = parseQuantity(valueAt(before, path));
      const now = parseQuantity(valueAt(after, path));
      return was && now && compareQuantities(now, was) < 0 ? 'a PersistentVolumeClaim can grow but never shrink' : undefined;
    }
    return `spec.${String(path[1])} of a PersistentVolumeClaim is immutable (only the storage request may grow)`;
  },
  PersistentVolume: (path, before) => {
    if (path[0] !== 'spec') return undefined;
    const mutable = ['capacity', 'accessModes', 'persistentVolumeReclaimPolicy', 'mountOptions', 'claimRef', 'storageClassName', 'volumeAttributesClassName'];
    if (typeof path[1] !== 'string' || mutable.includes(path[1])) return undefined;
    if (path[1] === 'nodeAffinity' && valueAt(before, ['spec', 'nodeAffinity']) === undefined) return undefined;
    return `spec.${path[1]} of a PersistentVolume is immutable after creation`;
  },
  ConfigMap: (path, before) =>
    wasImmutable(before) && ['data', 'binaryData', 'immutable'].includes(String(path[0])) ? 'the ConfigMap is immutable: true' : undefined,
  Secret: (path, before) => {
    if (path[0] === 'type') return 'the type of a Secret is immutable';
    return wasImmutable(before) && ['data', 'immutable'].includes(String(path[0])) ? 'the Secret is immutable: true' : undefined;
  },
  RoleBinding: (path) => (path[0] === 'roleRef' ? 'roleRef is immutable' : undefined),
  ClusterRoleBinding: (path) => (path[0] === 'roleRef' ? 'roleRef is immutable' : undefined),
  StorageClass: (path) =>
    ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'].includes(String(path[0])) ? `${String(path[0])} of a StorageClass is immutable` : undefined,
  VolumeAttributesClass: (path) => (['driverName', 'parameters'].includes(String(path[0])) ? `${String(path[0])} of a VolumeAttributesClass is immutable` : undefined),
  IngressClass: (path) => (startsWith(path, 'spec', 'controller') ? 'spec.controller of an IngressClass is immutable' : undefined),
  CSIDriver: (path) =>
    startsWith(path, 'spec', 'attachRequired') || startsWith(path, 'spec', 'volumeLifecycleModes') ? `spec.${String(path[1])} of a CSIDriver is immutable` : undefined,
  CustomResourceDefinition: (path) => {
    if (startsWith(path, 'spec', 'group') || startsWith(path, 'spec', 'names', 'plural')) return `${path.join('.')} of a CustomResourceDefinition is immutable`;
    if (startsWith(path, 'spec', 'scope') || startsWith(path, 'spec', 'names', 'kind')) return `${path.join('.')} of an established CustomResourceDefinition is immutable`;
    return undefined;
  },
};

/** Why changing the field at `path` forces a delete and re-create, or undefined when it updates in place. */
export function immutableReason(kind: string, path: JsonPath, before: JsonObject, after: JsonObject): string | undefined {
  if (path.length === 2 && path[0] === 'metadata' && (path[1] === 'name' || path[1] === 'namespace')) return `metadata.${path[1]} is immutable`;
  const rule = rules[kind];
  return rule ? rule(path, before, after) : undefined;
}

/** What a replace of this kind costs, for the plan's note. */
export function replaceConsequence(kind: string): string | undefined {
  switch (kind) {
    case 'Deployment':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet':
      return 'all Pods are deleted and then recreated: an outage for this workload';
    case 'Service':
      return 'the Service is deleted and recreated: a new cluster IP and node ports, a new load balancer address';
    case 'PersistentVolumeClaim':
    case 'PersistentVolume':
      return 'the volume is deleted and recreated: its data is lost unless the reclaim policy is Retain';
    case 'Job':
      return 'the Job and its Pods are deleted; the new Job runs from the start';
    case 'Pod':
      return 'the Pod is deleted and recreated';
    default:
      return undefined;
  }
}
