import type { Labels } from '../../resources/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { PodIndex } from './pod-index.js';
import { termSelects, type AffinityTerm } from './pod-affinity-term.js';
import type { SchedulerWording } from './scheduler-wording.js';

/** Placed Pods that declare required anti-affinity, grouped by their resolved terms. */
export interface AntiAffinityGroup {
  terms: AffinityTerm[];
  onNode: Map<number, number>;
}

/** InterPodAffinity's PreFilter result for one Pod: matching Pods per topology domain. */
export interface InterPodAffinityState {
  affinity: { term: AffinityTerm; counts: Map<string, number> }[];
  /** No placed Pod matches any affinity term, and the Pod matches all of them itself. */
  firstOfItsGroup: boolean;
  antiAffinity: { term: AffinityTerm; counts: Map<string, number> }[];
  /** Domains (`topologyKey`, values) where a placed Pod's anti-affinity excludes this Pod. */
  excludedByExisting: [string, Set<string>][];
}

function countsPerDomain(term: AffinityTerm, index: PodIndex, nodes: readonly NodeState[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of index.matching(term.key, (g) => termSelects(term, g.namespace, g.labels))) {
    for (const [node, count] of group.onNode) {
      const domain = nodes[node]?.node.labels[term.topologyKey];
      if (domain !== undefined) counts.set(domain, (counts.get(domain) ?? 0) + count);
    }
  }
  return counts;
}

/** Computes the per-domain counts InterPodAffinity's Filter reads, once per Pod. */
export function interPodAffinityPreFilter(
  pod: { namespace: string; labels: Labels; affinity: AffinityTerm[]; antiAffinity: AffinityTerm[] },
  index: PodIndex,
  existingAnti: Iterable<AntiAffinityGroup>,
  nodes: readonly NodeState[],
): InterPodAffinityState {
  const affinity = pod.affinity.map((term) => ({ term, counts: countsPerDomain(term, index, nodes) }));
  const antiAffinity = pod.antiAffinity.map((term) => ({ term, counts: countsPerDomain(term, index, nodes) }));
  const firstOfItsGroup = affinity.every((a) => a.counts.size === 0) && pod.affinity.every((t) => termSelects(t, pod.namespace, pod.labels));
  const excludedByExisting = new Map<string, Set<string>>();
  for (const group of existingAnti) {
    if (group.onNode.size === 0) continue;
    for (const term of group.terms) {
      if (!termSelects(term, pod.namespace, pod.labels)) continue;
      let values = excludedByExisting.get(term.topologyKey);
      if (!values) excludedByExisting.set(term.topologyKey, (values = new Set()));
      for (const node of group.onNode.keys()) {
        const domain = nodes[node]?.node.labels[term.topologyKey];
        if (domain !== undefined) values.add(domain);
      }
    }
  }
  return { affinity, firstOfItsGroup, antiAffinity, excludedByExisting: [...excludedByExisting] };
}

/**
 * InterPodAffinity, in upstream's order: its own required affinity (a matching Pod in the
 * node's domain, and the node has the topology label; the first of a self-affine group
 * passes), then its own anti-affinity (no matching Pod in the domain), then placed Pods'
 * anti-affinity against it (symmetry).
 */
export function interPodAffinityFilter(state: InterPodAffinityState, node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  const labels = node.node.labels;
  let podsExist = true;
  for (const { term, counts } of state.affinity) {
    const domain = labels[term.topologyKey];
    if (domain === undefined) return rejected('InterPodAffinity', wording.podAffinity, true);
    if ((counts.get(domain) ?? 0) <= 0) podsExist = false;
  }
  if (!podsExist && !state.firstOfItsGroup) return rejected('InterPodAffinity', wording.podAffinity, true);
  for (const { term, counts } of state.antiAffinity) {
    const domain = labels[term.topologyKey];
    if (domain !== undefined && (counts.get(domain) ?? 0) > 0) return rejected('InterPodAffinity', wording.podAntiAffinity, false);
  }
  for (const [key, values] of state.excludedByExisting) {
    const domain = labels[key];
    if (domain !== undefined && values.has(domain)) return rejected('InterPodAffinity', wording.existingAntiAffinity, false);
  }
  return undefined;
}
