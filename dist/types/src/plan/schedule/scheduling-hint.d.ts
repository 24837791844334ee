import { type JsonPath } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import type { RequestedHostPort } from './node-ports.js';
import type { PodClaim } from './volume-binding.js';
/** What a hint may point at. */
export interface HintContext {
    pod: SimulatedPod;
    /** The pod spec's path in the owner's manifest. */
    specPath: JsonPath;
    requests: ReadonlyMap<string, number>;
    hostPorts: readonly RequestedHostPort[];
    claims: readonly PodClaim[];
    nodes: readonly NodeState[];
}
export interface Hint {
    hint: string;
    path?: JsonPath;
}
/** Advice for a Pod no node takes: the plugin that rejected the most nodes decides which field to name. */
export declare function unschedulableHint(statuses: readonly FilterStatus[], context: HintContext): Hint;
