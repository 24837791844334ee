import type { ModelNode } from '../cluster/index.js';
import { type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { type Toleration } from './taint-toleration.js';
/**
 * NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only Pods that tolerate
 * `node.kubernetes.io/unschedulable:NoSchedule` (DaemonSet Pods do).
 */
export declare function nodeUnschedulableFilter(tolerations: readonly Toleration[], node: ModelNode, wording: SchedulerWording): FilterStatus | undefined;
