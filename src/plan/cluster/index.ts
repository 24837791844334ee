export type { ClusterModel, ModelNode, Taint } from './cluster-model.js';
export { taintEffects, isTaintEffect } from './cluster-model.js';
export { kindClusterModel, controlPlaneTaintKey, type KindClusterOptions } from './kind-cluster.js';
export { nodesFromDump } from './nodes-dump.js';
export { runningPodsFromDump } from './running-pods.js';
export { clusterFileModel, isClusterFile, clusterFileApiVersion } from './cluster-file.js';
export { parseNodeCapacity, defaultNodeCapacity } from './node-capacity.js';
export { toUnits, formatUnits, isByteResource } from './resource-units.js';
export { fixedPod } from './fixed-pod.js';
