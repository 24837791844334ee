import type { ModelNode } from '../cluster/index.js';
import { type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
/**
 * NodeName: a Pod naming a node fits only there. (A Pod created with `spec.nodeName` skips the
 * scheduler entirely; the scheduler state handles that before filtering.)
 */
export declare function nodeNameFilter(nodeName: string | undefined, node: ModelNode, wording: SchedulerWording): FilterStatus | undefined;
