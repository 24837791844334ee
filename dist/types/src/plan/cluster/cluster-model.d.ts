import type { Quantity } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
/** A node taint as `spec.taints[]` holds it. */
export interface Taint {
    key: string;
    value?: string;
    effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}
/** One node of the modelled cluster, with what the scheduler reads of it. */
export interface ModelNode {
    name: string;
    labels: Record<string, string>;
    taints: Taint[];
    /** `status.allocatable`: cpu, memory, pods, ephemeral-storage and extended resources. */
    allocatable: Record<string, Quantity>;
    unschedulable: boolean;
    ready: boolean;
}
/** The cluster a plan simulates scheduling on. */
export interface ClusterModel {
    nodes: ModelNode[];
    /** Pods already bound to nodes (a pods dump, kind's system Pods, reserved amounts): they use requests. */
    runningPods: SimulatedPod[];
    /** One line saying where the model came from and what was assumed, for the plan's header. */
    describedAs: string;
}
/**
 * The most nodes a cluster model may have: Kubernetes supports at most 5,000 nodes in one
 * cluster, and scheduling costs Pods × nodes, so a larger model is refused.
 */
export declare const maxModelNodes = 5000;
export declare const taintEffects: readonly Taint['effect'][];
/** Whether a value is a taint effect Kubernetes knows. */
export declare function isTaintEffect(value: unknown): value is Taint['effect'];
