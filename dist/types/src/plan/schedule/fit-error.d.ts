import type { FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
/**
 * The FailedScheduling message (`FitError.Error()` plus the PostFilter's): a histogram of the
 * reasons of the plugin that rejected each node, `"<count> <reason>"` entries sorted as plain
 * strings (Go's `sort.Strings`, so `"10 x"` comes before `"2 y"`), then the preemption part.
 */
export declare function fitErrorMessage(statuses: readonly FilterStatus[], wording: SchedulerWording, options: {
    preemptionNever: boolean;
}): string;
/** The message when a PreFilter rejects the Pod before any node is looked at. */
export declare function preFilterMessage(nodeCount: number, message: string, wording: SchedulerWording, options: {
    preemptionNever: boolean;
}): string;
