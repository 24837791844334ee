import { type Resource, type ResourceSet } from '../../resources/index.js';
import type { BaseKind, Plan } from '../plan.js';
/** The current state a plan compares against. */
export interface PlanBase {
    kind: Exclude<BaseKind, 'none'>;
    /** How to name it in the plan: `git:origin/main`, a folder, a dump file. */
    name: string;
    resources: readonly Resource[];
}
export interface PlanOptions {
    /** The namespace of objects that name none. */
    defaultNamespace: string;
    /** Plan deletes for objects of the base that the input no longer has (`kubectl apply --prune`). */
    prune?: boolean;
}
/**
 * Compares the desired manifests with the current state and plans, per object, a create,
 * update, replace, delete or nothing, in apply order. Pure: reads nothing, prints nothing.
 */
export declare function makePlan(desired: ResourceSet, base: PlanBase | undefined, options: PlanOptions): Plan;
