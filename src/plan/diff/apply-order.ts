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
  action: string;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sorts changes in apply order, in place: creates and updates by kind rank, then deletes in
 * uninstall order; within a kind by namespace and name. Each change's key is computed once.
 */
export function sortInApplyOrder<T extends Orderable>(changes: T[]): void {
  const keyed = changes.map((change) => {
    const isDelete = change.action === 'delete';
    const [rank, kind] = isDelete ? deleteKey(change.kind) : installKey(change.kind);
    return { change, isDelete, rank, kind, namespace: change.namespace ?? '' };
  });
  keyed.sort((a, b) => {
    if (a.isDelete !== b.isDelete) return a.isDelete ? 1 : -1;
    return a.rank - b.rank || compareText(a.kind, b.kind) || compareText(a.namespace, b.namespace) || compareText(a.change.name, b.change.name);
  });
  keyed.forEach((entry, i) => (changes[i] = entry.change));
}
