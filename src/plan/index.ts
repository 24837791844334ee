export type { Plan, Change, ChangeAction, FieldChange, PlanObject, PlanSummary, BaseKind } from './plan.js';
export type { SimulatedPod, PodOwner } from './simulated-pod.js';
export { makePlan, type PlanBase, type PlanOptions } from './make-plan.js';
export { isLiveObject } from './server-fields.js';
