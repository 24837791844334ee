import { namespaceOf, podTemplatePath, valueAt, type JsonObject, type Resource, isKindOf, scalableKinds } from '../../resources/index.js';
import { planDaemonSetRollout } from './plan-daemonset-rollout.js';
import { planDeploymentRollout } from './plan-deployment-rollout.js';
import { planCronJobRollout, planJobRollout } from './plan-job-rollout.js';
import { planStatefulSetRollout } from './plan-statefulset-rollout.js';
import type { Rollout } from './rollout.js';
import type { PlanRolloutOptions, PlannedSteps, RolloutContext } from './rollout-context.js';
import { strategyFindings } from './strategy-findings.js';
import { firstStallingStep } from './surge-capacity.js';
import { intAt, sameJson } from './workload-fields.js';

const planners: Record<string, (context: RolloutContext) => PlannedSteps> = {
  Deployment: planDeploymentRollout,
  StatefulSet: planStatefulSetRollout,
  DaemonSet: planDaemonSetRollout,
  Job: planJobRollout,
  CronJob: planCronJobRollout,
};

/**
 * How applying `after` over `before` (the live or base object; undefined for a create) rolls
 * Pods out, as a step table. Undefined when neither the pod template nor the replica count
 * changed, or the kind has no rollout. A create is a scale-up from 0. With `surgeFits`, the
 * first step whose extra Pods do not fit the cluster is the stall.
 */
export function planRollout(before: JsonObject | undefined, after: Resource, options: PlanRolloutOptions): Rollout | undefined {
  const planner = planners[after.kind];
  const template = podTemplatePath(after.kind);
  if (!planner || !template) return undefined;
  const isCreate = before === undefined;
  const templateChanged = isCreate || (options.templateChanged ?? !sameJson(valueAt(before, template), valueAt(after.object, template)));
  const replicas = options.replicas ?? intAt(after.object, ['spec', 'replicas'], 1);
  const from = before === undefined ? 0 : intAt(before, ['spec', 'replicas'], 1);
  if (!templateChanged && (!isKindOf(scalableKinds, after.kind) || replicas === from)) return undefined;
  const planned = planner({ before, after, isCreate, templateChanged, replicas, from, options });
  const rollout: Rollout = {
    resource: after,
    kind: after.kind,
    namespace: namespaceOf(after, options.defaultNamespace),
    name: after.name,
    isCreate,
    strategy: planned.strategy,
    parameters: planned.parameters,
    steps: planned.steps.steps,
    minAvailable: planned.steps.minAvailable,
    maxTotal: planned.steps.maxTotal,
    notes: planned.notes,
    findings: strategyFindings(after, replicas, options.kubernetesVersion),
  };
  if (planned.steps.downtime) rollout.downtime = planned.steps.downtime;
  // a create's Pods are placed by the scheduling simulation itself; only surge needs a check here
  const stall = !isCreate && options.surgeFits ? firstStallingStep(rollout.steps, stepsBaseline(rollout), options.surgeFits) : undefined;
  if (stall) {
    rollout.stall = after.kind === 'Deployment'
      ? { ...stall, reason: `${stall.reason}; the new Pods stay Pending and the Deployment reports ProgressDeadlineExceeded after ${rollout.parameters.progressDeadlineSeconds ?? 600}s while the old Pods keep serving` }
      : stall;
    rollout.findings.push({
      code: 'surge-does-not-fit', severity: 'warning', resource: after, path: [...template, 'spec'],
      message: `The rollout stalls at step ${stall.step}: ${stall.reason}.`,
    });
  }
  return rollout;
}

function stepsBaseline(rollout: Rollout): number {
  return rollout.parameters.from ?? 0;
}
