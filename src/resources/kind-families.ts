/**
 * The families of workload kinds, written once: rules, API checks and the planner take their
 * lists from here, so that a kind added to a family reaches every place that asks about it.
 * Each list keeps the order rule docs show.
 */

/** The kinds that create Pods: a Pod and every controller with a pod template (not PodTemplate). */
export const workloadKinds = ['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;

/** Workloads whose Pods run until stopped (not Jobs), for probe and replica rules. */
export const longRunningKinds = ['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet'] as const;

/** Controllers that keep `spec.replicas` Pods: what a PodDisruptionBudget's Pods are counted from. */
export const replicatedKinds = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'] as const;

/** Controllers that bring their Pods to a changed template (a rollout), as opposed to Jobs that run once. */
export const templateControllerKinds = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'] as const;

/** The apps/v1 controllers with a pod template and a selector. */
export const appsWorkloadKinds = ['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet'] as const;

/** The controllers with an update strategy (`strategy` or `updateStrategy`). */
export const updateStrategyKinds = ['Deployment', 'StatefulSet', 'DaemonSet'] as const;

/** The kinds whose rollout the planner simulates: the update-strategy controllers and Jobs. */
export const rolloutKinds = [...updateStrategyKinds, 'Job', 'CronJob'] as const;

/**
 * Replicated services whose replica count is theirs to scale and which roll out by strategy
 * (DaemonSets follow the nodes, Jobs run to completion): what budgets and spreading protect.
 */
export const scalableKinds = ['Deployment', 'StatefulSet'] as const;

/** The batch kinds: a Job runs its Pods to completion, a CronJob makes Jobs on a schedule. */
export const jobKinds = ['Job', 'CronJob'] as const;

/** The RBAC kinds that grant permissions. */
export const roleKinds = ['Role', 'ClusterRole'] as const;

/** The RBAC kinds that give a role to subjects. */
export const roleBindingKinds = ['RoleBinding', 'ClusterRoleBinding'] as const;

/** Whether `kind` is one of `family` (typed for a plain string). */
export function isKindOf(family: readonly string[], kind: string): boolean {
  return family.includes(kind);
}
