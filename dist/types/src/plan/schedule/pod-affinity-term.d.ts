import { type JsonObject, type Labels } from '../../resources/index.js';
/** A required pod (anti-)affinity term, resolved for the Pod that declares it. */
export interface AffinityTerm {
    topologyKey: string;
    /** The label selector with `matchLabelKeys`/`mismatchLabelKeys` folded in; undefined selects nothing. */
    selector?: JsonObject;
    /** Whether the term covers Pods of a namespace. */
    coversNamespace(namespace: string): boolean;
    /** Identifies selector and namespaces, for caches. */
    key: string;
}
/** Labels of Namespace objects, for `namespaceSelector`. */
export type NamespaceLabels = ReadonlyMap<string, Labels>;
/**
 * The required terms of `affinity.<podAffinity|podAntiAffinity>` of a pod spec, resolved for a
 * Pod in `namespace` with `labels`. Empty `namespaces` and no `namespaceSelector` mean the
 * Pod's own namespace; `namespaceSelector: {}` means every namespace.
 */
export declare function requiredAffinityTerms(spec: JsonObject, field: 'podAffinity' | 'podAntiAffinity', namespace: string, labels: Labels, namespaceLabels: NamespaceLabels): AffinityTerm[];
/** Whether a term selects a Pod of `namespace` with `labels`. */
export declare function termSelects(term: AffinityTerm, namespace: string, labels: Labels): boolean;
