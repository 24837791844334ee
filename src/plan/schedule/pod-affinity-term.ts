import { isObject, selectorMatches, type JsonObject, type Labels } from '../../resources/index.js';

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
export function requiredAffinityTerms(spec: JsonObject, field: 'podAffinity' | 'podAntiAffinity', namespace: string, labels: Labels, namespaceLabels: NamespaceLabels): AffinityTerm[] {
  const affinity = isObject(spec.affinity) ? spec.affinity[field] : undefined;
  const list = isObject(affinity) ? affinity.requiredDuringSchedulingIgnoredDuringExecution : undefined;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((term) => resolveTerm(term, namespace, labels, namespaceLabels));
}

function resolveTerm(term: JsonObject, namespace: string, labels: Labels, namespaceLabels: NamespaceLabels): AffinityTerm {
  const selector = withLabelKeys(term, labels);
  const names = Array.isArray(term.namespaces) ? term.namespaces.map(String) : [];
  const namespaceSelector = isObject(term.namespaceSelector) ? term.namespaceSelector : undefined;
  const coversNamespace = (candidate: string): boolean => {
    if (names.length === 0 && namespaceSelector === undefined) return candidate === namespace;
    if (names.includes(candidate)) return true;
    if (namespaceSelector === undefined) return false;
    const known = namespaceLabels.get(candidate) ?? { 'kubernetes.io/metadata.name': candidate };
    return selectorMatches(namespaceSelector, known);
  };
  const topologyKey = typeof term.topologyKey === 'string' ? term.topologyKey : '';
  const scope = names.length === 0 && namespaceSelector === undefined ? [namespace] : [names, namespaceSelector];
  return { topologyKey, selector, coversNamespace, key: JSON.stringify([topologyKey, selector, scope]) };
}

// matchLabelKeys adds `key In (the Pod's value)`, mismatchLabelKeys `key NotIn (...)`
function withLabelKeys(term: JsonObject, labels: Labels): JsonObject | undefined {
  if (!isObject(term.labelSelector)) return undefined;
  const extra: JsonObject[] = [];
  for (const [field, operator] of [['matchLabelKeys', 'In'], ['mismatchLabelKeys', 'NotIn']] as const) {
    const keys = term[field];
    if (!Array.isArray(keys)) continue;
    for (const key of keys) if (typeof key === 'string' && Object.hasOwn(labels, key)) extra.push({ key, operator, values: [labels[key]] });
  }
  if (extra.length === 0) return term.labelSelector;
  const existing = Array.isArray(term.labelSelector.matchExpressions) ? term.labelSelector.matchExpressions : [];
  return { ...term.labelSelector, matchExpressions: [...existing, ...extra] };
}

/** Whether a term selects a Pod of `namespace` with `labels`. */
export function termSelects(term: AffinityTerm, namespace: string, labels: Labels): boolean {
  return term.selector !== undefined && term.coversNamespace(namespace) && selectorMatches(term.selector, labels);
}
