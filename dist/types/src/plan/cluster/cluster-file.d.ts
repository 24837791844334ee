import { type Diagnostic, type Resource } from '../../resources/index.js';
import type { ClusterModel } from './cluster-model.js';
export declare const clusterFileApiVersion = "drydock.dev/v1";
/** Whether a resource is a drydock cluster file (`apiVersion: drydock.dev/v1`, `kind: Cluster`). */
export declare function isClusterFile(resource: Resource): boolean;
/**
 * The model a drydock cluster file describes (format in docs/scheduling.md and
 * schemas/cluster-file.schema.json). A node with `count: N` stands for N identical nodes named
 * `<name>-1` … `<name>-N`; `reserved` is usage already on each node.
 */
export declare function clusterFileModel(resource: Resource): {
    model?: ClusterModel;
    diagnostics: Diagnostic[];
};
