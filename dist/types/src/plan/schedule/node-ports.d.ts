import { type JsonObject, type JsonPath } from '../../resources/index.js';
import { type FilterStatus } from './filter-status.js';
import type { HostPort, NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';
/** A host port a Pod asks for, with the path of the field in the pod spec. */
export interface RequestedHostPort extends HostPort {
    path: JsonPath;
}
/**
 * The host ports of a pod spec. With `hostNetwork: true` the API server defaults `hostPort` to
 * `containerPort`, so every container port is a host port.
 */
export declare function hostPortsOf(spec: JsonObject): RequestedHostPort[];
/** Whether two host ports collide: same protocol and port, and either IP is the wildcard or both are equal. */
export declare function portsConflict(a: HostPort, b: HostPort): boolean;
/** NodePorts: every requested (hostIP, protocol, hostPort) must be free on the node. */
export declare function nodePortsFilter(ports: readonly HostPort[], node: NodeState, wording: SchedulerWording): FilterStatus | undefined;
