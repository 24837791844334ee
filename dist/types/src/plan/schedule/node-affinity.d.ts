import { type JsonObject } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
import { type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
/** One `nodeSelectorRequirement`. */
interface Requirement {
    key: string;
    operator: string;
    values: string[];
}
/** A `nodeSelectorTerm`: its requirements are ANDed. */
export interface NodeSelectorTerm {
    matchExpressions: Requirement[];
    matchFields: Requirement[];
}
/** What NodeAffinity reads of a pod spec. */
export interface NodeAffinityRules {
    nodeSelector: Record<string, string>;
    /** Required terms (ORed); undefined when the Pod has none. */
    required?: NodeSelectorTerm[];
    preferred: {
        weight: number;
        term: NodeSelectorTerm;
    }[];
}
export declare function nodeAffinityRulesOf(spec: JsonObject): NodeAffinityRules;
/** Reads a `nodeSelectorTerms` list (as a PersistentVolume's `spec.nodeAffinity.required` holds it). */
export declare function nodeSelectorTermsOf(value: unknown): NodeSelectorTerm[] | undefined;
/** Whether a node satisfies one term; a term without requirements matches nothing. */
export declare function termMatches(term: NodeSelectorTerm, node: Pick<ModelNode, 'name' | 'labels'>): boolean;
/** Whether a node matches the Pod's nodeSelector and required node affinity. */
export declare function nodeMatchesAffinity(rules: NodeAffinityRules, node: Pick<ModelNode, 'name' | 'labels'>): boolean;
/**
 * The node names a PreFilter narrows the search to: when every required term names nodes with
 * `matchFields: metadata.name In`, only those nodes are filtered at all (DaemonSet Pods).
 */
export declare function narrowedNodeNames(rules: NodeAffinityRules): Set<string> | undefined;
/** NodeAffinity: `nodeSelector` and required node affinity must both match the node's labels. */
export declare function nodeAffinityFilter(rules: NodeAffinityRules, node: ModelNode, wording: SchedulerWording): FilterStatus | undefined;
/** NodeAffinity's score input: the weights of the preferred terms the node matches. */
export declare function preferredAffinityWeight(rules: NodeAffinityRules, node: ModelNode): number;
export {};
