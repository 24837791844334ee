import { plural } from '../../resources/index.js';
import { noSteps, type PlannedSteps, type RolloutContext } from './rollout-context.js';
import { stepOf, withBounds } from './rollout-steps.js';
import { intAt, stringAt } from './workload-fields.js';

/**
 * A Job runs once: a create starts `parallelism` Pods until `completions` succeed; its template
 * is immutable, so a template change means delete and create, which runs it again.
 */
export function planJobRollout(context: RolloutContext): PlannedSteps {
  const object = context.after.object;
  const parallelism = intAt(object, ['spec', 'parallelism'], 1);
  const completions = intAt(object, ['spec', 'completions'], parallelism);
  const start = { old: 0, oldAvailable: 0, new: 0, newAvailable: 0 };
  const run = stepOf('create', `create Job ${context.after.name}: ${plural(parallelism, 'Pod', 'Pods')} at a time until ${completions} succeed`, { ...start, new: Math.min(parallelism, completions) });
  if (context.isCreate) return { strategy: 'Run', parameters: {}, steps: withBounds([run], start), notes: [] };
  const remove = stepOf('delete', `delete Job ${context.after.name} and its Pods (the template is immutable)`, start);
  return {
    strategy: 'Replace',
    parameters: {},
    steps: withBounds([remove, run], start),
    notes: ['A Job\'s pod template cannot be updated: applying it fails unless the Job is deleted first, and the new Job runs again.'],
  };
}

/** A CronJob's template change applies to the Jobs it creates from the next schedule on. */
export function planCronJobRollout(context: RolloutContext): PlannedSteps {
  const schedule = stringAt(context.after.object, ['spec', 'schedule'], '?');
  const note = context.isCreate
    ? `The first Job starts at the next time matching "${schedule}".`
    : `The next Job (schedule "${schedule}") uses the new template; running Jobs and their Pods keep the old one.`;
  return { strategy: 'NextSchedule', parameters: {}, steps: noSteps, notes: [note] };
}
