import type { Diagnostic, JsonPath, Resource } from '../resources/index.js';
import type { Simulation } from './simulation.js';
/** What applying the manifests does to one object. */
export type ChangeAction = 'create' | 'update' | 'replace' | 'delete' | 'unchanged';
/** One field that differs; `sensitive` fields (Secret data) never carry their values. */
export interface FieldChange {
    /** A kubectl-style path that names list items by merge key: `spec.template.spec.containers[name=web].image`. */
    path: string;
    /** Absent when the field is added. */
    before?: unknown;
    /** Absent when the field is removed. */
    after?: unknown;
    sensitive?: boolean;
    /** This field is immutable: changing it forces a replace. */
    forcesReplace?: boolean;
}
/** The object a change is about, as the plan names it. */
export interface PlanObject {
    apiVersion: string;
    kind: string;
    /** Resolved (the default namespace filled in); absent for cluster-scoped kinds. */
    namespace?: string;
    name: string;
}
export interface Change extends PlanObject {
    action: ChangeAction;
    /** Position in apply order (1-based), deletes after creates and updates. */
    step: number;
    /** Field-level diff for update and replace (empty for create, delete and unchanged). */
    fields: FieldChange[];
    /** Why a replace: the immutable field and the server's rule. */
    reason?: string;
    /** The pod template changed: the workload's Pods are replaced by its controller. */
    rollout: boolean;
    /** What a reviewer should know: consequences of a replace, HPA-owned replicas, Pods that will not restart. */
    notes: string[];
    /** The previous apiVersion when only the served version changed. */
    previousApiVersion?: string;
    /** The manifest this change comes from (absent for a delete). */
    desired?: Resource;
    /** The current object (base) the change compares against, normalised; absent for a create. Secret values masked. */
    before?: Record<string, unknown>;
    /** What the object becomes, normalised like `before` (for a live base: after the three-way merge); absent for a delete. Secret values masked. */
    after?: Record<string, unknown>;
    /** Where to point at in the desired manifest. */
    path?: JsonPath;
}
export interface PlanSummary {
    create: number;
    update: number;
    replace: number;
    delete: number;
    unchanged: number;
}
/** Where the current state came from. */
export type BaseKind = 'none' | 'git' | 'folder' | 'live';
/** The plan: the changes in apply order plus what later stages (scheduling, routing, rollouts) add. */
export interface Plan {
    base: {
        kind: BaseKind;
        name?: string;
    };
    defaultNamespace: string;
    changes: Change[];
    summary: PlanSummary;
    /** Objects of the base not in the input, left alone because `prune` is off. */
    notPruned: number;
    /** Problems the plan found (duplicates, missing namespaces or CRDs, HPA-owned replicas). */
    diagnostics: Diagnostic[];
    /** Scheduling (with a cluster model), routing and rollouts of the desired state. */
    simulation?: Simulation;
}
