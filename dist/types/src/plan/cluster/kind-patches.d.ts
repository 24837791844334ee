import type { Taint } from './cluster-model.js';
/** What kubeadm config patches change about a kind node. */
export interface PatchedNodeSettings {
    labels: Record<string, string>;
    taints: Taint[];
    maxPods?: number;
}
/**
 * Reads the parts of kind's `kubeadmConfigPatches` the scheduler sees: `node-labels` and
 * `register-with-taints` kubelet arguments (map form, or kubeadm v1beta4's `{name, value}`
 * list), `nodeRegistration.taints`, and a KubeletConfiguration's `maxPods`. The patches are
 * YAML text inside YAML; these few keys are read with patterns rather than a second parser,
 * which keeps src/plan free of I/O and parsers. A blank run before a key is `[ \t]` or
 * `[^\S\n]`, never `\s`: `^\s*` rescans every following blank line from each line start.
 */
export declare function readKubeadmPatches(patches: unknown): PatchedNodeSettings;
