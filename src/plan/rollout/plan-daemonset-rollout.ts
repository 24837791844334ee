import { daemonSetRollout } from './daemonset-rollout.js';
import { noSteps, type PlannedSteps, type RolloutContext } from './rollout-context.js';
import { intAt, intOrStringAt, stringAt } from './workload-fields.js';

/** A DaemonSet's rollout: per node, in waves of maxUnavailable or maxSurge nodes. */
export function planDaemonSetRollout(context: RolloutContext): PlannedSteps {
  const object = context.after.object;
  const notes: string[] = [];
  const nodeCount = context.options.nodeCount ?? 1;
  if (context.options.nodeCount === undefined) notes.push('No cluster model: the step table assumes 1 node.');
  const updateStrategy = stringAt(object, ['spec', 'updateStrategy', 'type'], 'RollingUpdate');
  if (updateStrategy === 'OnDelete' && !context.isCreate) {
    notes.push('The template changed but updateStrategy is OnDelete: each node gets the new Pod only when its old Pod is deleted by hand.');
    return { strategy: 'OnDelete', parameters: { nodeCount }, steps: noSteps, notes };
  }
  const maxSurge = intOrStringAt(object, ['spec', 'updateStrategy', 'rollingUpdate', 'maxSurge']);
  const maxUnavailable = intOrStringAt(object, ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable']);
  const minReadySeconds = intAt(object, ['spec', 'minReadySeconds'], 0);
  const steps = daemonSetRollout({ nodeCount, maxSurge, maxUnavailable, hasOldPods: !context.isCreate, minReadySeconds });
  if (steps.maxSurge > 0) notes.push('maxSurge runs two Pods on a node for a while: host ports must not clash.');
  const parameters = { nodeCount, from: context.isCreate ? 0 : nodeCount, maxSurge: steps.maxSurge, maxUnavailable: steps.maxUnavailable, minReadySeconds };
  return { strategy: 'RollingUpdate', parameters, steps, notes };
}
