import type { JsonPath, Resource } from '../../resources/index.js';
import type { PodOwner } from '../simulated-pod.js';
/** Where one Pod would plausibly run. */
export interface Placement {
    pod: string;
    namespace: string;
    owner: PodOwner;
    node: string;
}
/** Why a Pending Pod is not placed. */
export type PendingReason = 
/** No node passes the filters: `message` is the FailedScheduling event text. */
'Unschedulable'
/** `spec.schedulingGates` keep it out of the queue; no event is written. */
 | 'SchedulingGated'
/** `spec.nodeName` names a node the model lacks, or the kubelet there would reject it. */
 | 'NodeName'
/** A StatefulSet with `OrderedReady` does not create it while an earlier ordinal is Pending. */
 | 'NotCreated';
/** A Pod no node takes, with the scheduler's message and drydock's advice. */
export interface PendingPod {
    pod: string;
    namespace: string;
    owner: PodOwner;
    reason: PendingReason;
    /** The scheduler's FailedScheduling message, byte for byte for the target version. */
    message: string;
    /** What to change, naming the field. */
    hint: string;
    /** The responsible field in the owner's manifest. */
    path?: JsonPath;
    source?: Resource;
}
/** One node's usage after placement, quantities rendered canonically (`1500m`, `512Mi`). */
export interface NodeUsage {
    name: string;
    allocatable: Record<string, string>;
    requested: Record<string, string>;
    pods: number;
}
/** The outcome of a scheduling simulation. */
export interface SchedulingResult {
    placements: Placement[];
    pending: PendingPod[];
    nodes: NodeUsage[];
}
