import { type ClusterModel } from '../plan/index.js';
import { type Diagnostic, type KubernetesVersion } from '../resources/index.js';
/** How to read a cluster model. */
export interface LoadClusterOptions {
    /** Each kind node's allocatable, `cpu=4,memory=8Gi,pods=110` (kind nodes report the host's). */
    nodeCapacity?: string;
    /** The target version; the model itself does not depend on it yet (schedulePods words its messages). */
    kubernetesVersion: KubernetesVersion;
    /** Paths are relative to this (default: the working directory). */
    cwd?: string;
}
/**
 * Reads a cluster model from `paths`: a kind config (`kind.x-k8s.io/v1alpha4` Cluster), a
 * drydock cluster file (`drydock.dev/v1` Cluster), or `kubectl get nodes -o yaml` dumps,
 * optionally with `kubectl get pods -A -o yaml` dumps whose bound Pods count as usage. YAML
 * problems (duplicate keys, tabs...) come back as diagnostics with positions; when any is an
 * error there is no model, so a broken file is never half-read.
 */
export declare function loadClusterModel(paths: readonly string[], options: LoadClusterOptions): Promise<{
    model?: ClusterModel;
    diagnostics: Diagnostic[];
}>;
