import type { JsonPath } from './json-path.js';
import type { Resource } from './resource.js';
/** A Pod of a workload that the modelled cluster cannot take. */
export interface PendingPodFact {
    pod: string;
    /** The scheduler's FailedScheduling message for the target version. */
    message: string;
    /** drydock's advice, naming the field to change. */
    hint: string;
    /** The responsible field in the workload's manifest. */
    path?: JsonPath;
}
/**
 * What a configured cluster model says about the input's workloads, for rules (lint's
 * `pod-unschedulable`). Computed once per run by the planner's scheduler.
 */
export interface ClusterFacts {
    /** How the model was described (`kind cluster "dev" (3 node(s), …)`). */
    describedAs: string;
    /** The Pods of `workload` that would stay Pending, in ordinal order; empty when all fit. */
    pendingPodsOf(workload: Resource): readonly PendingPodFact[];
}
