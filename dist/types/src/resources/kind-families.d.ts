/**
 * The families of workload kinds, written once: rules, API checks and the planner take their
 * lists from here, so that a kind added to a family reaches every place that asks about it.
 * Each list keeps the order rule docs show.
 */
/** The kinds that create Pods: a Pod and every controller with a pod template (not PodTemplate). */
export declare const workloadKinds: readonly ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet", "Job", "CronJob"];
/** Workloads whose Pods run until stopped (not Jobs), for probe and replica rules. */
export declare const longRunningKinds: readonly ["Pod", "Deployment", "ReplicaSet", "ReplicationController", "StatefulSet", "DaemonSet"];
/** Controllers that keep `spec.replicas` Pods: what a PodDisruptionBudget's Pods are counted from. */
export declare const replicatedKinds: readonly ["Deployment", "StatefulSet", "ReplicaSet", "ReplicationController"];
/** Controllers that bring their Pods to a changed template (a rollout), as opposed to Jobs that run once. */
export declare const templateControllerKinds: readonly ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"];
/** The apps/v1 controllers with a pod template and a selector. */
export declare const appsWorkloadKinds: readonly ["Deployment", "ReplicaSet", "DaemonSet", "StatefulSet"];
/** The controllers with an update strategy (`strategy` or `updateStrategy`). */
export declare const updateStrategyKinds: readonly ["Deployment", "StatefulSet", "DaemonSet"];
/** The kinds whose rollout the planner simulates: the update-strategy controllers and Jobs. */
export declare const rolloutKinds: readonly ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];
/**
 * Replicated services whose replica count is theirs to scale and which roll out by strategy
 * (DaemonSets follow the nodes, Jobs run to completion): what budgets and spreading protect.
 */
export declare const scalableKinds: readonly ["Deployment", "StatefulSet"];
/** The batch kinds: a Job runs its Pods to completion, a CronJob makes Jobs on a schedule. */
export declare const jobKinds: readonly ["Job", "CronJob"];
/** The RBAC kinds that grant permissions. */
export declare const roleKinds: readonly ["Role", "ClusterRole"];
/** The RBAC kinds that give a role to subjects. */
export declare const roleBindingKinds: readonly ["RoleBinding", "ClusterRoleBinding"];
/** Whether `kind` is one of `family` (typed for a plain string). */
export declare function isKindOf(family: readonly string[], kind: string): boolean;
