import { isObject } from '../../resources/index.js';
import type { ModelNode, Taint } from '../cluster/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';

/** A Pod toleration as the API stores it. */
export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

/** The tolerations of a pod spec (malformed entries left out). */
export function tolerationsOf(spec: Record<string, unknown>): Toleration[] {
  const list = spec.tolerations;
  if (!Array.isArray(list)) return [];
  return list.filter(isObject).map((t) => ({
    key: typeof t.key === 'string' ? t.key : undefined,
    operator: typeof t.operator === 'string' ? t.operator : undefined,
    value: typeof t.value === 'string' ? t.value : undefined,
    effect: typeof t.effect === 'string' ? t.effect : undefined,
  }));
}

/**
 * `v1.Toleration.ToleratesTaint`: empty effect matches every effect; empty key with `Exists`
 * matches every key; `Exists` ignores the value; `Equal` (the default) compares it.
 */
export function tolerates(toleration: Toleration, taint: Pick<Taint, 'key' | 'value' | 'effect'>): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  const operator = toleration.operator ?? 'Equal';
  if (!toleration.key) {
    if (operator !== 'Exists') return false;
  } else if (toleration.key !== taint.key) return false;
  if (operator === 'Exists') return true;
  return operator === 'Equal' && (toleration.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint of the node no toleration tolerates (taint list order). */
export function firstUntoleratedTaint(tolerations: readonly Toleration[], node: ModelNode): Taint | undefined {
  return node.taints.find((taint) => taint.effect !== 'PreferNoSchedule' && !tolerations.some((t) => tolerates(t, taint)));
}

/** TaintToleration: a node with a NoSchedule or NoExecute taint the Pod does not tolerate fails. */
export function taintTolerationFilter(tolerations: readonly Toleration[], node: ModelNode, wording: SchedulerWording): FilterStatus | undefined {
  const taint = firstUntoleratedTaint(tolerations, node);
  return taint ? rejected('TaintToleration', wording.taint(taint), true) : undefined;
}

/** TaintToleration's score input: PreferNoSchedule taints not tolerated (fewer is better). */
export function untoleratedPreferNoSchedule(tolerations: readonly Toleration[], node: ModelNode): number {
  let count = 0;
  for (const taint of node.taints) {
    if (taint.effect !== 'PreferNoSchedule') continue;
    if (!tolerations.some((t) => (!t.effect || t.effect === 'PreferNoSchedule') && tolerates(t, taint))) count += 1;
  }
  return count;
}
