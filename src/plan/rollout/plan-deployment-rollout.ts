import { valueAt } from '../../resources/index.js';
import { deploymentRollout } from './deployment-rollout.js';
import type { PlannedSteps, RolloutContext } from './rollout-context.js';
import { noSteps } from './rollout-context.js';
import { stepOf, withBounds } from './rollout-steps.js';
import { intAt, intOrStringAt, stringAt } from './workload-fields.js';

/** A Deployment's rollout: a new ReplicaSet for a new template, else a plain scale. */
export function planDeploymentRollout(context: RolloutContext): PlannedSteps {
  const object = context.after.object;
  const strategy = stringAt(object, ['spec', 'strategy', 'type'], 'RollingUpdate') === 'Recreate' ? 'Recreate' : 'RollingUpdate';
  const minReadySeconds = intAt(object, ['spec', 'minReadySeconds'], 0);
  const progressDeadlineSeconds = intAt(object, ['spec', 'progressDeadlineSeconds'], 600);
  const parameters = { replicas: context.replicas, from: context.from, minReadySeconds, progressDeadlineSeconds };
  if (!context.templateChanged) return scale(context, parameters);
  if (!context.isCreate && valueAt(object, ['spec', 'paused']) === true) {
    return { strategy: 'Paused', parameters, steps: noSteps, notes: ['The Deployment is paused: the new template rolls out only after `kubectl rollout resume`.'] };
  }
  const steps = deploymentRollout({
    replicas: context.replicas,
    maxSurge: intOrStringAt(object, ['spec', 'strategy', 'rollingUpdate', 'maxSurge']),
    maxUnavailable: intOrStringAt(object, ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable']),
    minReadySeconds,
    progressDeadlineSeconds,
    strategy,
    from: context.from,
    name: context.after.name,
  });
  const notes: string[] = [];
  if (!context.isCreate && context.from !== context.replicas) {
    notes.push(`Replicas change ${context.from} → ${context.replicas} with the template: the new count drives the rollout.`);
  }
  if (steps.steps.some((s) => s.kind === 'wait')) {
    notes.push(`Each wait fails the rollout (Progressing=False, ProgressDeadlineExceeded) after ${progressDeadlineSeconds}s without progress; nothing is rolled back.`);
  }
  const bounds = steps.bounds ? { maxSurge: steps.bounds.maxSurge, maxUnavailable: steps.bounds.maxUnavailable } : {};
  return { strategy, parameters: { ...parameters, ...bounds }, steps, notes };
}

function scale(context: RolloutContext, parameters: PlannedSteps['parameters']): PlannedSteps {
  const { from, replicas } = context;
  const start = { old: from, oldAvailable: from, new: 0, newAvailable: 0 };
  const counts = { old: replicas, oldAvailable: Math.min(from, replicas), new: 0, newAvailable: 0 };
  const steps = [stepOf(replicas > from ? 'scale-up' : 'scale-down', `scale the current ReplicaSet ${from} → ${replicas}`, counts)];
  if (replicas > from) steps.push(stepOf('wait', `wait for ${replicas - from} more Pods to be available`, { ...counts, oldAvailable: replicas }));
  return { strategy: 'Scale', parameters, steps: withBounds(steps, start), notes: ['Only replicas changed: no Pod is replaced.'] };
}
