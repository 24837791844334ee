export { schedulePods, schedulePodsOn } from './schedule-pods.js';
export { SchedulerState, type ScheduleOptions, type Decision } from './scheduler-state.js';
export type { SchedulingResult, Placement, PendingPod, PendingReason, NodeUsage } from './scheduling-result.js';
export { schedulerWording, type SchedulerWording } from './scheduler-wording.js';
export { fitErrorMessage, preFilterMessage } from './fit-error.js';
export type { FilterStatus, FilterPlugin } from './filter-status.js';
export { tolerates, tolerationsOf, firstUntoleratedTaint, type Toleration } from './taint-toleration.js';
export { nodeAffinityRulesOf, nodeMatchesAffinity, type NodeAffinityRules } from './node-affinity.js';
export { podRequests } from './pod-requests.js';
