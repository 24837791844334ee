import type { Change } from '../../plan/index.js';
import type { PlanFormatter } from './plan-report.js';
/** `kubectl diff`'s name for an object's file: `<group.>version.Kind.namespace.name`. */
export declare function diffFileName(change: Pick<Change, 'apiVersion' | 'kind' | 'namespace' | 'name'>): string;
/**
 * The plan as `kubectl diff` prints it: a unified diff per changed object between the current
 * state (LIVE) and what the apply leaves (MERGED), server-written fields hidden and Secret values
 * masked (`***`, `*** (before)`, `*** (after)`). Empty when nothing changes. A line the runner
 * would read as a workflow command is made inert (`\x3a`), so such a diff no longer applies as a patch.
 */
export declare const planDiff: PlanFormatter;
