import { type FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';
import type { ClaimPlan } from './volume-binding.js';
/**
 * VolumeZone: a bound PV's zone and region labels must include the node's (a label may list
 * several zones joined by `__`). A node without any zone label passes, as upstream.
 */
export declare function volumeZoneFilter(plans: readonly ClaimPlan[], node: NodeState, wording: SchedulerWording): FilterStatus | undefined;
