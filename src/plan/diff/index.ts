/** The plan's diff: match desired and base objects, normalise, diff field by field, order the changes. */
export { makePlan, type PlanBase, type PlanOptions } from './make-plan.js';
export { isLiveObject } from './server-fields.js';
