import { workloadKinds } from './kind-families.js';

/**
 * Kinds a metadata policy rule may be pointed at: the workloads and the objects that usually
 * ship with them.
 */
export const metadataPolicyKinds = [
  ...workloadKinds,
  'Service',
  'Ingress',
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'PersistentVolumeClaim',
  'NetworkPolicy',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'Namespace',
] as const;
