import { type Resource, type ResourceSet } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
/** Options for {@link expandPods}. */
export interface ExpandOptions {
    /** The modelled nodes, for DaemonSets; without them a DaemonSet gives one representative Pod. */
    nodes?: readonly ModelNode[];
    defaultNamespace: string;
    /** At most this many Pods in all (default {@link defaultMaxPods}); the largest workloads are cut first. */
    maxPods?: number;
}
/** A workload whose Pods were not all simulated: it wanted `wanted`, the plan made `simulated`. */
export interface CutWorkload {
    resource: Resource;
    wanted: number;
    simulated: number;
}
/** The simulated Pods, and the workloads the Pod limit cut. */
export interface ExpandedPods {
    pods: SimulatedPod[];
    cut: CutWorkload[];
}
/**
 * The Pods the controllers would create for the workloads of `set`, in input order, each
 * `Unsimulated`. Names are deterministic stand-ins for the random suffixes: `<name>-<n>` from 0
 * for Deployments, ReplicaSets, ReplicationControllers, Jobs and CronJobs, `<name>-<ordinal>`
 * for StatefulSets, `<name>-<node>` for DaemonSets (`<name>-0` for the representative).
 * At most `maxPods` are made: each workload keeps its first Pods.
 */
export declare function expandPods(set: ResourceSet, options: ExpandOptions): SimulatedPod[];
/** Like {@link expandPods}, and says which workloads the Pod limit cut. */
export declare function expandPodsWithCuts(set: ResourceSet, options: ExpandOptions): ExpandedPods;
