import { type JsonObject, type Labels } from '../../resources/index.js';
import { type FilterStatus } from './filter-status.js';
import { type NodeAffinityRules } from './node-affinity.js';
import type { NodeState } from './node-state.js';
import type { PodIndex } from './pod-index.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { type Toleration } from './taint-toleration.js';
/** A `DoNotSchedule` topology spread constraint, resolved for its Pod. */
export interface SpreadConstraint {
    /** Index in `topologySpreadConstraints`, for hints. */
    index: number;
    maxSkew: number;
    topologyKey: string;
    minDomains: number;
    /** The selector with `matchLabelKeys` folded in. */
    selector: JsonObject;
    honorsAffinity: boolean;
    honorsTaints: boolean;
    key: string;
}
/** The constraints of a pod spec that filter (`whenUnsatisfiable: DoNotSchedule`). */
export declare function spreadConstraintsOf(spec: JsonObject, labels: Labels): SpreadConstraint[];
/** Per constraint: which nodes count (they have every topology key and pass the policies), and how many domains they form. */
export interface SpreadEligibility {
    eligible: Uint8Array;
    domainCount: number;
}
/** Static per pod spec and labels, so computed once for all replicas. */
export declare function spreadEligibility(constraints: readonly SpreadConstraint[], nodes: readonly NodeState[], rules: NodeAffinityRules, tolerations: readonly Toleration[]): SpreadEligibility[];
/** PodTopologySpread's PreFilter result: matching Pods per domain and the global minimum, per constraint. */
export interface SpreadState {
    constraints: {
        constraint: SpreadConstraint;
        counts: Map<string, number>;
        globalMin: number;
        selfMatch: number;
    }[];
}
export declare function podTopologySpreadPreFilter(pod: {
    namespace: string;
    labels: Labels;
}, constraints: readonly SpreadConstraint[], eligibility: readonly SpreadEligibility[], index: PodIndex, nodes: readonly NodeState[]): SpreadState;
/**
 * PodTopologySpread: placing the Pod must keep `count(domain) + self - globalMin <= maxSkew`
 * for every DoNotSchedule constraint; a node without the topology label fails outright.
 */
export declare function podTopologySpreadFilter(state: SpreadState, node: NodeState, wording: SchedulerWording): FilterStatus | undefined;
