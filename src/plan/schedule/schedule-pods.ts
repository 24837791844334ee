import { isObject } from '../../resources/index.js';
import type { ClusterModel } from '../cluster/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { SchedulerState, type ScheduleOptions } from './scheduler-state.js';
import type { SchedulingResult } from './scheduling-result.js';

/**
 * Schedules `pods` one by one, in the order given (the apply order of their owners, then
 * ordinal, as expandPods returns them), on `model` after its running Pods. Sets `node` and
 * `status` on each given Pod (the objects are updated in place, not copied). A StatefulSet
 * with `podManagementPolicy: OrderedReady` creates no ordinal after a Pending one.
 */
export function schedulePods(pods: readonly SimulatedPod[], model: ClusterModel, options: ScheduleOptions): SchedulingResult {
  return schedulePodsOn(new SchedulerState(model, options), pods);
}

/**
 * `schedulePods` on a state the caller keeps, so that it can ask afterwards whether more Pods
 * (a rollout's surge) still fit.
 */
export function schedulePodsOn(state: SchedulerState, pods: readonly SimulatedPod[]): SchedulingResult {
  const result: SchedulingResult = { placements: [], pending: [], nodes: [] };
  const blockedStatefulSets = new Set<string>();
  for (const pod of pods) {
    const { name, namespace, owner, source } = pod;
    const ownerKey = `${owner.kind}/${namespace}/${owner.name}`;
    if (blockedStatefulSets.has(ownerKey)) {
      pod.status = 'Pending';
      result.pending.push({
        pod: name, namespace, owner, source, reason: 'NotCreated',
        message: 'not created: with podManagementPolicy OrderedReady the StatefulSet waits for the previous ordinal to be Running and Ready',
        hint: 'get the earlier ordinal scheduled first, or set podManagementPolicy: Parallel',
        path: ['spec', 'podManagementPolicy'],
      });
      continue;
    }
    const decision = state.place(pod);
    if (decision.node !== undefined) {
      result.placements.push({ pod: name, namespace, owner, node: decision.node });
      continue;
    }
    result.pending.push({ pod: name, namespace, owner, source, reason: decision.reason, message: decision.message, hint: decision.hint, path: decision.path });
    if (owner.kind === 'StatefulSet' && isOrderedReady(pod)) blockedStatefulSets.add(ownerKey);
  }
  result.nodes = state.usage();
  return result;
}

function isOrderedReady(pod: SimulatedPod): boolean {
  const spec = pod.source?.object.spec;
  return !isObject(spec) || spec.podManagementPolicy === undefined || spec.podManagementPolicy === 'OrderedReady';
}
