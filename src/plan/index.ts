export type { Plan, Change, ChangeAction, FieldChange, PlanObject, PlanSummary, BaseKind } from './plan.js';
export type { SimulatedPod, PodOwner } from './simulated-pod.js';
export { makePlan, isLiveObject, type PlanBase, type PlanOptions } from './diff/index.js';
export { simulatePlan, type SimulateOptions } from './simulate-plan.js';
export type { Simulation, RoutingResult } from './simulation.js';
export type { ClusterModel, ModelNode } from './cluster/index.js';
export type { SchedulingResult } from './schedule/index.js';
export type { Rollout } from './rollout/index.js';
export { clusterFacts } from './cluster-facts.js';
