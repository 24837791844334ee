import type { ModelNode, Taint } from '../cluster/index.js';
import { type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
/** A Pod toleration as the API stores it. */
export interface Toleration {
    key?: string;
    operator?: string;
    value?: string;
    effect?: string;
}
/** The tolerations of a pod spec (malformed entries left out). */
export declare function tolerationsOf(spec: Record<string, unknown>): Toleration[];
/**
 * `v1.Toleration.ToleratesTaint`: empty effect matches every effect; empty key with `Exists`
 * matches every key; `Exists` ignores the value; `Equal` (the default) compares it.
 */
export declare function tolerates(toleration: Toleration, taint: Pick<Taint, 'key' | 'value' | 'effect'>): boolean;
/** The first NoSchedule/NoExecute taint of the node no toleration tolerates (taint list order). */
export declare function firstUntoleratedTaint(tolerations: readonly Toleration[], node: ModelNode): Taint | undefined;
/** TaintToleration: a node with a NoSchedule or NoExecute taint the Pod does not tolerate fails. */
export declare function taintTolerationFilter(tolerations: readonly Toleration[], node: ModelNode, wording: SchedulerWording): FilterStatus | undefined;
/** TaintToleration's score input: PreferNoSchedule taints not tolerated (fewer is better). */
export declare function untoleratedPreferNoSchedule(tolerations: readonly Toleration[], node: ModelNode): number;
