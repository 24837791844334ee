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
export declare function schedulePods(pods: readonly SimulatedPod[], model: ClusterModel, options: ScheduleOptions): SchedulingResult;
/**
 * `schedulePods` on a state the caller keeps, so that it can ask afterwards whether more Pods
 * (a rollout's surge) still fit.
 */
export declare function schedulePodsOn(state: SchedulerState, pods: readonly SimulatedPod[]): SchedulingResult;
