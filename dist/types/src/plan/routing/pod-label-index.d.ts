import type { SimulatedPod } from '../simulated-pod.js';
/**
 * The simulated Pods indexed by namespace and `key=value` label, so that a Service finds the
 * Pods its selector matches without scanning every Pod (thousands of Services over tens of
 * thousands of Pods would otherwise be quadratic).
 */
export declare class PodLabelIndex {
    private readonly byLabel;
    constructor(pods: readonly SimulatedPod[]);
    /**
     * Calls `visit` for each Pod of `namespace` that carries every pair of `selector` (equality, as
     * a Service selects), in input order. A visitor rather than a list: a caller that keeps only
     * the first few of 10,000 matches should not pay for an array of them all.
     */
    forEachSelected(namespace: string, selector: Record<string, unknown>, visit: (pod: SimulatedPod) => void): void;
}
