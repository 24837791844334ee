import { minorOf, parseIntOrPercent, scaledCount } from '../../resources/index.js';
import type { PlannedSteps, RolloutContext } from './rollout-context.js';
import { statefulSetRollout } from './statefulset-rollout.js';
import { intAt, intOrStringAt, stringAt } from './workload-fields.js';

/** A StatefulSet's rollout: ordered or parallel scaling, then the update by ordinal. */
export function planStatefulSetRollout(context: RolloutContext): PlannedSteps {
  const object = context.after.object;
  const updateStrategy = stringAt(object, ['spec', 'updateStrategy', 'type'], 'RollingUpdate') === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const podManagementPolicy = stringAt(object, ['spec', 'podManagementPolicy'], 'OrderedReady') === 'Parallel' ? 'Parallel' : 'OrderedReady';
  const partition = intAt(object, ['spec', 'updateStrategy', 'rollingUpdate', 'partition'], 0);
  const notes: string[] = [];
  const maxUnavailable = resolveMaxUnavailable(intOrStringAt(object, ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']), context, notes);
  const steps = statefulSetRollout({
    name: context.after.name,
    replicas: context.replicas,
    from: context.from,
    ordinalsStart: intAt(object, ['spec', 'ordinals', 'start'], 0),
    podManagementPolicy,
    updateStrategy,
    partition,
    maxUnavailable,
    templateChanged: context.templateChanged && !context.isCreate,
  });
  if (context.templateChanged && !context.isCreate && updateStrategy === 'OnDelete') {
    notes.push('The template changed but updateStrategy is OnDelete: Pods update only when deleted by hand.');
  }
  const kept = steps.keptOnOldRevisionCount > steps.keptOnOldRevision.length ? `${steps.keptOnOldRevision.join(', ')}, … (${steps.keptOnOldRevisionCount} Pods)` : steps.keptOnOldRevision.join(', ');
  if (steps.keptOnOldRevisionCount > 0 && updateStrategy !== 'OnDelete') {
    notes.push(`partition ${partition} keeps ${kept} on the old revision.`);
  } else if (steps.keptOnOldRevisionCount > 0) {
    notes.push(`Staying on the old revision: ${kept}.`);
  }
  if (maxUnavailable > 1 && podManagementPolicy === 'OrderedReady') {
    notes.push('With OrderedReady the recreated Pods still start in ordinal order, so maxUnavailable may not speed the update up.');
  }
  const strategy = context.templateChanged && !context.isCreate ? updateStrategy : 'Scale';
  const parameters = { replicas: context.replicas, from: context.from, partition, podManagementPolicy, maxUnavailable };
  return { strategy, parameters, steps, notes };
}

// MaxUnavailableStatefulSet is beta and on by default from 1.35; before that the field is ignored
function resolveMaxUnavailable(written: number | string | undefined, context: RolloutContext, notes: string[]): number {
  const parsed = parseIntOrPercent(written);
  if (!parsed) return 1;
  if (minorOf(context.options.kubernetesVersion) < 35) {
    notes.push(`maxUnavailable ${String(written)} is ignored before Kubernetes 1.35 (feature gate MaxUnavailableStatefulSet off by default): one Pod at a time.`);
    return 1;
  }
  // a StatefulSet's maxUnavailable percentage rounds up
  return Math.max(1, scaledCount(parsed, context.replicas));
}
