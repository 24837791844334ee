import { type Diagnostic, type Resource } from '../../resources/index.js';
import type { ClusterModel } from './cluster-model.js';
export declare const controlPlaneTaintKey = "node-role.kubernetes.io/control-plane";
/** Options for reading a kind config. */
export interface KindClusterOptions {
    /** Each node's allocatable, `cpu=4,memory=8Gi,pods=110` (default {@link defaultNodeCapacity}). */
    nodeCapacity?: string;
}
/**
 * The nodes `kind create cluster --config` would make from a `kind.x-k8s.io/v1alpha4` Cluster:
 * kind's names and labels, kubeadm's control-plane label and taint (dropped on a one-node
 * cluster, as kind does), patched labels and taints, and kind's system Pods as running usage.
 */
export declare function kindClusterModel(resource: Resource, options?: KindClusterOptions): {
    model?: ClusterModel;
    diagnostics: Diagnostic[];
};
