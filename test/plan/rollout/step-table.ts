import type { RolloutStep } from '../../../src/plan/rollout/index.js';

/** A step as one row: action, old (available), new (available), total. */
export type StepRow = [string, number, number, number, number, number];

/** Step rows for compact, complete assertions on a step table. */
export function rowsOf(steps: readonly RolloutStep[]): StepRow[] {
  return steps.map((s) => [s.action, s.old, s.oldAvailable, s.new, s.newAvailable, s.total]);
}
