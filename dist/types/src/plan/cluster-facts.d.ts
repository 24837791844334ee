import type { ClusterFacts, KubernetesVersion, ResourceSet } from '../resources/index.js';
import type { ClusterModel } from './cluster/index.js';
/** Schedules the workloads of `set` on `model` once, and answers which of each workload's Pods stay Pending. */
export declare function clusterFacts(set: ResourceSet, model: ClusterModel, options: {
    kubernetesVersion: KubernetesVersion;
    defaultNamespace: string;
}): ClusterFacts;
