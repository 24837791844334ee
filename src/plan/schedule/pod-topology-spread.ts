import { isObject, selectorMatches, type JsonObject, type Labels } from '../../resources/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
import { nodeMatchesAffinity, type NodeAffinityRules } from './node-affinity.js';
import type { NodeState } from './node-state.js';
import type { PodIndex } from './pod-index.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { firstUntoleratedTaint, type Toleration } from './taint-toleration.js';

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
export function spreadConstraintsOf(spec: JsonObject, labels: Labels): SpreadConstraint[] {
  const list = spec.topologySpreadConstraints;
  if (!Array.isArray(list)) return [];
  const out: SpreadConstraint[] = [];
  list.forEach((c: unknown, index) => {
    if (!isObject(c) || c.whenUnsatisfiable !== 'DoNotSchedule' || typeof c.topologyKey !== 'string') return;
    let selector = isObject(c.labelSelector) ? c.labelSelector : undefined;
    // a constraint without a selector counts no Pods
    if (!selector) selector = { matchExpressions: [{ key: 'drydock.dev/never', operator: 'Exists' }] };
    const extra = Array.isArray(c.matchLabelKeys)
      ? c.matchLabelKeys.filter((k): k is string => typeof k === 'string' && Object.hasOwn(labels, k)).map((k) => ({ key: k, operator: 'In', values: [labels[k]] }))
      : [];
    if (extra.length > 0) selector = { ...selector, matchExpressions: [...(Array.isArray(selector.matchExpressions) ? selector.matchExpressions : []), ...extra] };
    out.push({
      index,
      maxSkew: typeof c.maxSkew === 'number' ? c.maxSkew : 1,
      topologyKey: c.topologyKey,
      minDomains: typeof c.minDomains === 'number' ? c.minDomains : 1,
      selector,
      honorsAffinity: c.nodeAffinityPolicy !== 'Ignore',
      honorsTaints: c.nodeTaintsPolicy === 'Honor',
      key: JSON.stringify([c.topologyKey, selector]),
    });
  });
  return out;
}

/** Per constraint: which nodes count (they have every topology key and pass the policies), and how many domains they form. */
export interface SpreadEligibility {
  eligible: Uint8Array;
  domainCount: number;
}

/** Static per pod spec and labels, so computed once for all replicas. */
export function spreadEligibility(constraints: readonly SpreadConstraint[], nodes: readonly NodeState[], rules: NodeAffinityRules, tolerations: readonly Toleration[]): SpreadEligibility[] {
  const keys = constraints.map((c) => c.topologyKey);
  return constraints.map((c) => {
    const eligible = new Uint8Array(nodes.length);
    const domains = new Set<string>();
    for (const state of nodes) {
      const { node } = state;
      if (!keys.every((k) => Object.hasOwn(node.labels, k))) continue;
      if (c.honorsAffinity && !nodeMatchesAffinity(rules, node)) continue;
      if (c.honorsTaints && firstUntoleratedTaint(tolerations, node)) continue;
      eligible[state.index] = 1;
      // every key was just found on the node
      domains.add(node.labels[c.topologyKey]!);
    }
    return { eligible, domainCount: domains.size };
  });
}

/** PodTopologySpread's PreFilter result: matching Pods per domain and the global minimum, per constraint. */
export interface SpreadState {
  constraints: { constraint: SpreadConstraint; counts: Map<string, number>; globalMin: number; selfMatch: number }[];
}

export function podTopologySpreadPreFilter(
  pod: { namespace: string; labels: Labels },
  constraints: readonly SpreadConstraint[],
  eligibility: readonly SpreadEligibility[],
  index: PodIndex,
  nodes: readonly NodeState[],
): SpreadState {
  return {
    constraints: constraints.map((constraint, i) => {
      // eligibility is computed per constraint, in the same order
      const { eligible, domainCount } = eligibility[i]!;
      // only domains with matching Pods are listed; the others count 0
      const counts = new Map<string, number>();
      const cacheKey = `${pod.namespace}\u0000${constraint.key}`;
      for (const group of index.matching(cacheKey, (g) => g.namespace === pod.namespace && selectorMatches(constraint.selector, g.labels))) {
        for (const [node, count] of group.onNode) {
          if (!eligible[node]) continue;
          // an eligible node has every topology label
          const domain = nodes[node]!.node.labels[constraint.topologyKey]!;
          counts.set(domain, (counts.get(domain) ?? 0) + count);
        }
      }
      let globalMin = 0;
      // an eligible domain without matching Pods makes the minimum 0; so do too few domains
      if (domainCount >= constraint.minDomains && counts.size === domainCount) globalMin = Math.min(...counts.values());
      const selfMatch = selectorMatches(constraint.selector, pod.labels) ? 1 : 0;
      return { constraint, counts, globalMin, selfMatch };
    }),
  };
}

/**
 * PodTopologySpread: placing the Pod must keep `count(domain) + self - globalMin <= maxSkew`
 * for every DoNotSchedule constraint; a node without the topology label fails outright.
 */
export function podTopologySpreadFilter(state: SpreadState, node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  const labels = node.node.labels;
  const list = state.constraints;
  for (const { constraint } of list) {
    if (labels[constraint.topologyKey] === undefined) return rejected('PodTopologySpread', wording.spreadMissingLabel, true);
  }
  for (const { constraint, counts, globalMin, selfMatch } of list) {
    // the loop above returned unless every topology label is there
    const count = counts.get(labels[constraint.topologyKey]!) ?? 0;
    if (count + selfMatch - globalMin > constraint.maxSkew) return rejected('PodTopologySpread', wording.spread, false);
  }
  return undefined;
}
