import { isObject, valueAt, type JsonObject } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
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
  preferred: { weight: number; term: NodeSelectorTerm }[];
}

export function nodeAffinityRulesOf(spec: JsonObject): NodeAffinityRules {
  const nodeSelector: Record<string, string> = {};
  if (isObject(spec.nodeSelector)) for (const [k, v] of Object.entries(spec.nodeSelector)) nodeSelector[k] = String(v);
  const affinity = valueAt(spec, ['affinity', 'nodeAffinity']);
  const requiredTerms = isObject(affinity) ? valueAt(affinity, ['requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']) : undefined;
  const preferredList = isObject(affinity) ? affinity.preferredDuringSchedulingIgnoredDuringExecution : undefined;
  return {
    nodeSelector,
    required: Array.isArray(requiredTerms) ? requiredTerms.map(termOf) : undefined,
    preferred: Array.isArray(preferredList)
      ? preferredList.filter(isObject).map((p) => ({ weight: typeof p.weight === 'number' ? p.weight : 0, term: termOf(p.preference) }))
      : [],
  };
}

/** Reads a `nodeSelectorTerms` list (as a PersistentVolume's `spec.nodeAffinity.required` holds it). */
export function nodeSelectorTermsOf(value: unknown): NodeSelectorTerm[] | undefined {
  return Array.isArray(value) ? value.map(termOf) : undefined;
}

function termOf(value: unknown): NodeSelectorTerm {
  const read = (list: unknown): Requirement[] =>
    Array.isArray(list)
      ? list.filter(isObject).map((r) => ({ key: String(r.key ?? ''), operator: String(r.operator ?? ''), values: Array.isArray(r.values) ? r.values.map(String) : [] }))
      : [];
  return isObject(value) ? { matchExpressions: read(value.matchExpressions), matchFields: read(value.matchFields) } : { matchExpressions: [], matchFields: [] };
}

function requirementMatches(requirement: Requirement, value: string | undefined): boolean {
  const { operator, values } = requirement;
  switch (operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const [bound] = values;
      if (value === undefined || bound === undefined || values.length !== 1 || !/^-?\d+$/.test(value) || !/^-?\d+$/.test(bound)) return false;
      return operator === 'Gt' ? Number(value) > Number(bound) : Number(value) < Number(bound);
    }
    default:
      return false;
  }
}

/** Whether a node satisfies one term; a term without requirements matches nothing. */
export function termMatches(term: NodeSelectorTerm, node: Pick<ModelNode, 'name' | 'labels'>): boolean {
  if (term.matchExpressions.length === 0 && term.matchFields.length === 0) return false;
  return (
    term.matchExpressions.every((r) => requirementMatches(r, Object.hasOwn(node.labels, r.key) ? node.labels[r.key] : undefined)) &&
    term.matchFields.every((r) => r.key === 'metadata.name' && requirementMatches(r, node.name))
  );
}

/** Whether a node matches the Pod's nodeSelector and required node affinity. */
export function nodeMatchesAffinity(rules: NodeAffinityRules, node: Pick<ModelNode, 'name' | 'labels'>): boolean {
  for (const [key, value] of Object.entries(rules.nodeSelector)) if (node.labels[key] !== value) return false;
  return rules.required === undefined || rules.required.some((term) => termMatches(term, node));
}

/**
 * The node names a PreFilter narrows the search to: when every required term names nodes with
 * `matchFields: metadata.name In`, only those nodes are filtered at all (DaemonSet Pods).
 */
export function narrowedNodeNames(rules: NodeAffinityRules): Set<string> | undefined {
  if (!rules.required || rules.required.length === 0) return undefined;
  const out = new Set<string>();
  for (const term of rules.required) {
    const named = term.matchFields.filter((r) => r.key === 'metadata.name' && r.operator === 'In');
    const [first, ...rest] = named;
    if (!first) return undefined;
    let names = new Set(first.values);
    for (const r of rest) names = new Set(r.values.filter((v) => names.has(v)));
    for (const name of names) out.add(name);
  }
  return out;
}

/** NodeAffinity: `nodeSelector` and required node affinity must both match the node's labels. */
export function nodeAffinityFilter(rules: NodeAffinityRules, node: ModelNode, wording: SchedulerWording): FilterStatus | undefined {
  return nodeMatchesAffinity(rules, node) ? undefined : rejected('NodeAffinity', wording.nodeAffinity, true);
}

/** NodeAffinity's score input: the weights of the preferred terms the node matches. */
export function preferredAffinityWeight(rules: NodeAffinityRules, node: ModelNode): number {
  let weight = 0;
  for (const { weight: w, term } of rules.preferred) if (termMatches(term, node)) weight += w;
  return weight;
}
