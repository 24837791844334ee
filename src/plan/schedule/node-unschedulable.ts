import type { ModelNode } from '../cluster/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
import type { SchedulerWording } from './scheduler-wording.js';
import { tolerates, type Toleration } from './taint-toleration.js';

const unschedulableTaint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' } as const;

/**
 * NodeUnschedulable: a cordoned node (`spec.unschedulable`) takes only Pods that tolerate
 * `node.kubernetes.io/unschedulable:NoSchedule` (DaemonSet Pods do).
 */
export function nodeUnschedulableFilter(tolerations: readonly Toleration[], node: ModelNode, wording: SchedulerWording): FilterStatus | undefined {
  if (!node.unschedulable || tolerations.some((t) => tolerates(t, unschedulableTaint))) return undefined;
  return rejected('NodeUnschedulable', wording.unschedulable, true);
}
