import { type KubernetesVersion, type ResourceSet } from '../resources/index.js';
import type { ClusterModel } from './cluster/index.js';
import type { Change } from './plan.js';
import type { Simulation } from './simulation.js';
export interface SimulateOptions {
    kubernetesVersion: KubernetesVersion;
    defaultNamespace: string;
    /** A request URL to explain (`https://shop.example.com/api/cart`). */
    route?: string;
    /** Simulate at most this many Pods in all (default 10,000); the largest workloads are cut first. */
    maxPods?: number;
}
/**
 * Simulates the desired state: expands workloads into Pods, schedules them on the model (when
 * given), routes Services and Ingresses to them, and plans the rollout of every created or
 * changed workload, checking surge Pods against what is left of the cluster.
 */
export declare function simulatePlan(changes: readonly Change[], desired: ResourceSet, model: ClusterModel | undefined, options: SimulateOptions): Simulation;
