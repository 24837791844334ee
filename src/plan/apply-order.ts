// The order objects are applied in: Namespaces and CRDs first (everything else may live in a
// namespace or be a custom resource), then Helm's install order (the one most users know),
// custom and unlisted kinds alphabetically, and webhooks and API services last, so that a webhook
// whose backend is not running yet cannot reject the creates before it.

const first = ['Namespace', 'CustomResourceDefinition'];
const helmInstallOrder = [
  'PriorityClass', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy', 'PodDisruptionBudget',
  'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass', 'PersistentVolume', 'PersistentVolumeClaim',
  'ClusterRole', 'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding',
  'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment',
  'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress',
];
const last = ['APIService', 'MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

// Helm's uninstall order: validating webhooks before mutating ones, Services right after Ingresses
const helmUninstallOrder = [
  'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'APIService', 'Ingress', 'IngressClass', 'Service',
  'CronJob', 'Job', 'StatefulSet', 'HorizontalPodAutoscaler', 'Deployment', 'ReplicaSet', 'ReplicationController', 'Pod',
  'DaemonSet', 'RoleBindingList', 'RoleBinding', 'RoleList', 'Role', 'ClusterRoleBindingList', 'ClusterRoleBinding',
  'ClusterRoleList', 'ClusterRole', 'CustomResourceDefinition', 'PersistentVolumeClaim', 'PersistentVolume', 'StorageClass',
  'ConfigMap', 'SecretList', 'Secret', 'ServiceAccount', 'PodDisruptionBudget', 'PodSecurityPolicy', 'LimitRange',
  'ResourceQuota', 'NetworkPolicy', 'Namespace', 'PriorityClass',
];

const installRank = new Map([...first, ...helmInstallOrder].map((kind, i) => [kind, i]));
const lastRank = new Map(last.map((kind, i) => [kind, 1000 + i]));
const uninstallRank = new Map(helmUninstallOrder.map((kind, i) => [kind, i]));

/** Where a kind goes when created or updated: `[rank, kind]`, unlisted kinds ranked by name. */
function installKey(kind: string): [number, string] {
  return [installRank.get(kind) ?? lastRank.get(kind) ?? 500, kind];
}

/**
 * Where a kind goes when deleted: custom resources first (before their CRDs, so that their
 * finalizers still run), then Helm's uninstall order, Namespaces last.
 */
function deleteKey(kind: string): [number, string] {
  const rank = uninstallRank.get(kind);
  return rank === undefined ? [-1, kind] : [rank, kind];
}

export interface Orderable {
  kind: string;
  namespace?: string;
  name: string;
  isDelete: boolean;
}

/** Compares two objects by apply order: creates and updates by kind rank, then deletes. */
export function compareApplyOrder(a: Orderable, b: Orderable): number {
  if (a.isDelete !== b.isDelete) return a.isDelete ? 1 : -1;
  const [rankA, kindA] = a.isDelete ? deleteKey(a.kind) : installKey(a.kind);
  const [rankB, kindB] = b.isDelete ? deleteKey(b.kind) : installKey(b.kind);
  if (rankA !== rankB) return rankA - rankB;
  if (kindA !== kindB) return kindA < kindB ? -1 : 1;
  const namespaceA = a.namespace ?? '';
  const namespaceB = b.namespace ?? '';
  if (namespaceA !== namespaceB) return namespaceA < namespaceB ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
