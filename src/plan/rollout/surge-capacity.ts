import type { RolloutStep } from './rollout-steps.js';

/** Asks the scheduler whether `extraPods` more Pods of the workload fit the modelled cluster. */
export type SurgeFits = (extraPods: number) => { fits: boolean; reason?: string };

/**
 * The first step whose extra Pods (beyond the `baseline` that already run) do not fit, or
 * undefined. Each new peak of extra Pods is asked once; a step that needs no more room than an
 * earlier one fits too, because old Pods only free room.
 */
export function firstStallingStep(steps: readonly RolloutStep[], baseline: number, surgeFits: SurgeFits): { step: number; reason: string } | undefined {
  let checked = 0;
  for (const [index, step] of steps.entries()) {
    const extra = step.total - baseline;
    if (extra <= checked) continue;
    checked = extra;
    const answer = surgeFits(extra);
    if (answer.fits) continue;
    const pods = extra === 1 ? '1 extra Pod' : `${extra} extra Pods`;
    const verb = extra === 1 ? 'does' : 'do';
    const why = answer.reason ? `: ${answer.reason.replace(/\.$/, '')}` : '';
    return { step: index + 1, reason: `the ${pods} of step ${index + 1} ${verb} not fit the cluster${why}` };
  }
  return undefined;
}
