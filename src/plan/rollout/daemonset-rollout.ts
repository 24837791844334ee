import { parseIntOrPercent, scaledCount } from '../../resources/index.js';
import { stepOf, withBounds, type PodCounts, type RolloutStep, type RolloutSteps } from './rollout-steps.js';

/** The inputs of a DaemonSet rollout over `nodeCount` nodes (those its Pod fits on). */
export interface DaemonSetRolloutInput {
  nodeCount: number;
  maxUnavailable?: number | string;
  maxSurge?: number | string;
  /** false for a create: one Pod per node, no old ones. */
  hasOldPods: boolean;
  minReadySeconds?: number;
}

/** A DaemonSet's step table with the resolved per-wave bounds. */
export interface DaemonSetRolloutSteps extends RolloutSteps {
  maxUnavailable: number;
  maxSurge: number;
}

/**
 * Simulates a DaemonSet RollingUpdate in waves of nodes. Percentages are of the node count and
 * round up for both fields. With maxSurge (maxUnavailable 0) a new Pod starts beside the old one
 * and the old one goes once the new one is available; otherwise the old Pod is deleted first.
 * Exactly one of the two may be non-zero; if both are, maxSurge is ignored as invalid.
 */
export function daemonSetRollout(input: DaemonSetRolloutInput): DaemonSetRolloutSteps {
  const n = input.nodeCount;
  const surge = countOf(input.maxSurge ?? 0, n);
  let unavailable = countOf(input.maxUnavailable ?? (surge > 0 ? 0 : 1), n);
  if (unavailable === 0 && surge === 0) unavailable = 1;
  const useSurge = surge > 0 && unavailable === 0;
  const wave = Math.max(1, useSurge ? surge : unavailable);
  const old = input.hasOldPods ? n : 0;
  const c: PodCounts = { old, oldAvailable: old, new: 0, newAvailable: 0 };
  const initial = { ...c };
  const steps: RolloutStep[] = [];
  const available = input.minReadySeconds ? `Ready for ${input.minReadySeconds}s (available)` : 'available';
  if (!input.hasOldPods) {
    c.new = n;
    steps.push(stepOf('create', `create ${n} ${plural(n)}, one per node`, c));
    c.newAvailable = n;
    steps.push(stepOf('wait', `wait for ${n} ${plural(n)} to be ${available}`, c));
    return { ...withBounds(steps, initial), maxUnavailable: unavailable, maxSurge: useSurge ? surge : 0 };
  }
  for (let done = 0; done < n; done += wave) {
    const k = Math.min(wave, n - done);
    const nodes = k === 1 ? `node ${done + 1}` : `nodes ${done + 1}–${done + k}`;
    if (useSurge) {
      c.new += k;
      steps.push(stepOf('create', `start ${k} new ${plural(k)} beside the old ones on ${nodes}`, c));
      c.newAvailable += k;
      c.old -= k;
      c.oldAvailable -= k;
      steps.push(stepOf('wait', `wait for them to be ${available}, then delete the old ${plural(k)}`, c));
    } else {
      c.old -= k;
      c.oldAvailable -= k;
      c.new += k;
      steps.push(stepOf('delete', `delete the old ${plural(k)} on ${nodes} and start the new ${k === 1 ? 'one' : 'ones'}`, c));
      c.newAvailable += k;
      steps.push(stepOf('wait', `wait for ${k} new ${plural(k)} to be ${available}`, c));
    }
  }
  return { ...withBounds(steps, initial), maxUnavailable: useSurge ? 0 : unavailable, maxSurge: useSurge ? surge : 0 };
}

// both DaemonSet bounds round percentages up (a non-zero percentage is at least 1)
function countOf(value: unknown, nodes: number): number {
  const parsed = parseIntOrPercent(value);
  return parsed ? scaledCount(parsed, nodes) : 0;
}

function plural(count: number): string {
  return count === 1 ? 'Pod' : 'Pods';
}
