import type { Taint } from './cluster-model.js';
/** Reads kubelet's `--node-labels` value (`k=v,k2=v2`). */
export declare function parseNodeLabels(text: string): Record<string, string>;
/** Reads kubelet's `--register-with-taints` value (`key=value:Effect` or `key:Effect`, comma-separated). */
export declare function parseTaintList(text: string): Taint[];
