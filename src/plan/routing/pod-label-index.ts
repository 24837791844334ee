import { mapMatches } from '../../resources/index.js';
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

  /** The Pods of `namespace` that carry every pair of `selector` (equality, as a Service selects), in input order. */
  select(namespace: string, selector: Record<string, unknown>): SimulatedPod[] {
    let smallest: SimulatedPod[] | undefined;
    for (const [key, value] of Object.entries(selector)) {
      const list = this.byLabel.get(`${namespace}\u0000${key}\u0000${String(value)}`) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? []).filter((pod) => mapMatches(selector, pod.labels));
  }
}
