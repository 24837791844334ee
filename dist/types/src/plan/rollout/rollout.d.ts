import type { JsonPath, Resource, Severity } from '../../resources/index.js';
import type { RolloutStep } from './rollout-steps.js';
/** How a workload change rolls out. */
export type RolloutStrategy = 'RollingUpdate' | 'Recreate' | 'OnDelete'
/** only the replica count changed: the current Pods are scaled, nothing is replaced */
 | 'Scale'
/** a created Job runs its Pods to completion */
 | 'Run'
/** a Job's template is immutable: the Job is deleted and created again, and runs again */
 | 'Replace'
/** a CronJob's template applies to the Jobs it creates from now on */
 | 'NextSchedule'
/** a paused Deployment records the template but rolls nothing out */
 | 'Paused';
/** The resolved numbers a rollout follows, for the summary line. */
export interface RolloutParameters {
    replicas?: number;
    /** Pods before the change (0 for a create). */
    from?: number;
    maxSurge?: number;
    maxUnavailable?: number;
    minReadySeconds?: number;
    progressDeadlineSeconds?: number;
    partition?: number;
    podManagementPolicy?: string;
    nodeCount?: number;
}
/** The kinds of rollout problem drydock reports. */
export type RolloutFindingCode = 'unavailable-drops-all' | 'recreate-downtime' | 'pdb-blocks-drain' | 'surge-does-not-fit';
/** One rollout problem, at a JSON path of the resource that causes it. */
export interface RolloutFinding {
    code: RolloutFindingCode;
    severity: Severity;
    message: string;
    resource: Resource;
    path: JsonPath;
}
/** The simulated rollout of one created or changed workload. */
export interface Rollout {
    resource: Resource;
    kind: string;
    namespace: string;
    name: string;
    isCreate: boolean;
    strategy: RolloutStrategy;
    parameters: RolloutParameters;
    steps: RolloutStep[];
    /** The fewest available Pods and the most Pods at any step. */
    minAvailable: number;
    maxTotal: number;
    /** Steps (1-based) with no available Pod though some served before: an outage. */
    downtime?: {
        fromStep: number;
        toStep: number;
    };
    /** The step (1-based) the rollout cannot get past, and why. */
    stall?: {
        step: number;
        reason: string;
    };
    notes: string[];
    findings: RolloutFinding[];
}
