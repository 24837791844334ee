import type { FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';

/**
 * The FailedScheduling message (`FitError.Error()` plus the PostFilter's): a histogram of the
 * reasons of the plugin that rejected each node, `"<count> <reason>"` entries sorted as plain
 * strings (Go's `sort.Strings`, so `"10 x"` comes before `"2 y"`), then the preemption part.
 */
export function fitErrorMessage(statuses: readonly FilterStatus[], wording: SchedulerWording, options: { preemptionNever: boolean }): string {
  const total = statuses.length;
  const reasons = new Map<string, number>();
  const preemption = new Map<string, number>();
  for (const status of statuses) {
    for (const reason of status.reasons) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    const verdict = status.unresolvable ? 'Preemption is not helpful for scheduling' : 'No preemption victims found for incoming pod';
    preemption.set(verdict, (preemption.get(verdict) ?? 0) + 1);
  }
  return `0/${total} nodes are available: ${histogram(reasons)}. ${postFilterMessage(total, preemption, wording, options)}`;
}

/** The message when a PreFilter rejects the Pod before any node is looked at. */
export function preFilterMessage(nodeCount: number, message: string, wording: SchedulerWording, options: { preemptionNever: boolean }): string {
  const preemption = new Map([['Preemption is not helpful for scheduling', nodeCount]]);
  return `0/${nodeCount} nodes are available: ${message}. ${postFilterMessage(nodeCount, preemption, wording, options)}`;
}

function postFilterMessage(total: number, preemption: Map<string, number>, wording: SchedulerWording, options: { preemptionNever: boolean }): string {
  if (options.preemptionNever) return `${wording.postFilterPrefix}preemption: not eligible due to preemptionPolicy=Never.`;
  return `${wording.postFilterPrefix}preemption: 0/${total} nodes are available: ${histogram(preemption)}${wording.preemptionEnd}`;
}

function histogram(counts: Map<string, number>): string {
  const entries = [...counts].map(([reason, count]) => `${count} ${reason}`);
  // byte order, as Go compares strings; every reason is ASCII, so UTF-16 order is the same
  entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.join(', ');
}
