/** What a rollout step does. */
export type RolloutStepKind = 'create' | 'scale-up' | 'scale-down' | 'delete' | 'wait' | 'note';

/**
 * One step of a simulated rollout and the Pod counts after it. `old` are Pods of the previous
 * template (revision), `new` of the new one; "available" means Ready for `minReadySeconds`.
 */
export interface RolloutStep {
  kind: RolloutStepKind;
  action: string;
  old: number;
  oldAvailable: number;
  new: number;
  newAvailable: number;
  /** old + new: the Pods that exist (and need room) after this step. */
  total: number;
}

/** A step table with the bounds the strategy keeps. */
export interface RolloutSteps {
  steps: RolloutStep[];
  /** The fewest available Pods at any step. */
  minAvailable: number;
  /** The most Pods at any step. */
  maxTotal: number;
  /** Steps (1-based, inclusive) during which no Pod is available though some were before. */
  downtime?: { fromStep: number; toStep: number };
}

/** A mutable Pod count the step builders advance. */
export interface PodCounts {
  old: number;
  oldAvailable: number;
  new: number;
  newAvailable: number;
}

/** Step tables stop after this many steps, with a note saying how many more follow the same way. */
export const maxTableSteps = 1_000;

/** Records `counts` after `action` as a step. */
export function stepOf(kind: RolloutStepKind, action: string, counts: PodCounts): RolloutStep {
  return { kind, action, ...counts, total: counts.old + counts.new };
}

/** Wraps steps with their bounds; `start` counts the Pods before the first step. */
export function withBounds(steps: RolloutStep[], start: PodCounts): RolloutSteps {
  const available = [start.oldAvailable + start.newAvailable, ...steps.map((s) => s.oldAvailable + s.newAvailable)];
  const totals = [start.old + start.new, ...steps.map((s) => s.total)];
  // loops, not Math.min(...list): a long table would overflow the stack as arguments
  const result: RolloutSteps = { steps, minAvailable: available.reduce((a, b) => Math.min(a, b)), maxTotal: totals.reduce((a, b) => Math.max(a, b)) };
  // nothing served before, or nothing is meant to serve after (scaled to 0): no outage to report
  if (available[0] === 0 || available[available.length - 1] === 0) return result;
  const down = steps.flatMap((s, index) => (s.oldAvailable + s.newAvailable === 0 ? [index + 1] : []));
  const [fromStep] = down;
  const toStep = down.at(-1);
  if (fromStep !== undefined && toStep !== undefined) result.downtime = { fromStep, toStep };
  return result;
}
