import { rejected, type FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';
import type { ClaimPlan } from './volume-binding.js';

const zoneKeys = [
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
];

/**
 * VolumeZone: a bound PV's zone and region labels must include the node's (a label may list
 * several zones joined by `__`). A node without any zone label passes, as upstream.
 */
export function volumeZoneFilter(plans: readonly ClaimPlan[], node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  const labels = node.node.labels;
  if (!zoneKeys.some((key) => Object.hasOwn(labels, key))) return undefined;
  for (const plan of plans) {
    if (plan.kind !== 'bound' || !plan.volume) continue;
    for (const key of zoneKeys) {
      const value = plan.volume.labels[key];
      if (value === undefined) continue;
      if (!value.split('__').includes(labels[key] ?? '')) return rejected('VolumeZone', wording.volumeZone, true);
    }
  }
  return undefined;
}
