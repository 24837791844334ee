import type { SimulatedPod } from '../simulated-pod.js';

/**
 * The simulated Pods indexed by namespace and `key=value` label, so that a Service finds the
 * Pods its selector matches without scanning every Pod (thousands of Services over tens of
 * thousands of Pods would otherwise be quadratic).
 */
export class PodLabelIndex {
  private readonly byLabel = new Map<string, SimulatedPod[]>();

  constructor(pods: readonly SimulatedPod[]) {
    for (const pod of pods) {
      for (const [key, value] of Object.entries(pod.labels)) {
        const entry = `${pod.namespace}\u0000${key}\u0000${value}`;
        const list = this.byLabel.get(entry);
        if (list) list.push(pod);
        else this.byLabel.set(entry, [pod]);
      }
    }
  }

  /**
   * Calls `visit` for each Pod of `namespace` that carries every pair of `selector` (equality, as
   * a Service selects), in input order. A visitor rather than a list: a caller that keeps only
   * the first few of 10,000 matches should not pay for an array of them all.
   */
  forEachSelected(namespace: string, selector: Record<string, unknown>, visit: (pod: SimulatedPod) => void): void {
    // the pairs are read once, not once per Pod: 1,000 Services over 10,000 Pods is 10 million checks
    const pairs = Object.entries(selector).map(([key, value]) => [key, String(value)] as const);
    let smallest: SimulatedPod[] | undefined;
    for (const [key, value] of pairs) {
      const list = this.byLabel.get(`${namespace}\u0000${key}\u0000${value}`) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    for (const pod of smallest ?? []) {
      if (pairs.every(([key, value]) => pod.labels[key] === value)) visit(pod);
    }
  }
}
