/**
 * Kinds a metadata policy rule may be pointed at: the workloads and the objects that usually
 * ship with them.
 */
export declare const metadataPolicyKinds: readonly ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob", "Service", "Ingress", "ConfigMap", "Secret", "ServiceAccount", "PersistentVolumeClaim", "NetworkPolicy", "PodDisruptionBudget", "HorizontalPodAutoscaler", "Role", "RoleBinding", "ClusterRole", "ClusterRoleBinding", "Namespace"];
