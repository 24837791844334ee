import type { Labels } from '../../resources/index.js';
import { type FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { PodIndex } from './pod-index.js';
import { type AffinityTerm } from './pod-affinity-term.js';
import type { SchedulerWording } from './scheduler-wording.js';
/** Placed Pods that declare required anti-affinity, grouped by their resolved terms. */
export interface AntiAffinityGroup {
    terms: AffinityTerm[];
    onNode: Map<number, number>;
}
/** InterPodAffinity's PreFilter result for one Pod: matching Pods per topology domain. */
export interface InterPodAffinityState {
    affinity: {
        term: AffinityTerm;
        counts: Map<string, number>;
    }[];
    /** No placed Pod matches any affinity term, and the Pod matches all of them itself. */
    firstOfItsGroup: boolean;
    antiAffinity: {
        term: AffinityTerm;
        counts: Map<string, number>;
    }[];
    /** Domains (`topologyKey`, values) where a placed Pod's anti-affinity excludes this Pod. */
    excludedByExisting: [string, Set<string>][];
}
/** Computes the per-domain counts InterPodAffinity's Filter reads, once per Pod. */
export declare function interPodAffinityPreFilter(pod: {
    namespace: string;
    labels: Labels;
    affinity: AffinityTerm[];
    antiAffinity: AffinityTerm[];
}, index: PodIndex, existingAnti: Iterable<AntiAffinityGroup>, nodes: readonly NodeState[]): InterPodAffinityState;
/**
 * InterPodAffinity, in upstream's order: its own required affinity (a matching Pod in the
 * node's domain, and the node has the topology label; the first of a self-affine group
 * passes), then its own anti-affinity (no matching Pod in the domain), then placed Pods'
 * anti-affinity against it (symmetry).
 */
export declare function interPodAffinityFilter(state: InterPodAffinityState, node: NodeState, wording: SchedulerWording): FilterStatus | undefined;
