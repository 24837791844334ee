import type { ModelNode } from '../cluster/index.js';
/** A host port in use: `(hostIP, protocol, hostPort)`. */
export interface HostPort {
    ip: string;
    protocol: string;
    port: number;
}
/** A node during the simulation: its fixed facts and what the Pods placed so far use. */
export interface NodeState {
    /** Position in the cluster model. */
    index: number;
    /** Position in node-name order: scoring's tie-break. */
    nameRank: number;
    node: ModelNode;
    /** Indexed by {@link resourceId}, 0 for a resource the node lacks; see {@link fitResourceSlots}. */
    allocatable: number[];
    requested: number[];
    podCount: number;
    /** The non-zero cpu and memory scoring counts (containers without requests count defaults). */
    scoringCpu: number;
    scoringMemory: number;
    /** Allocatable cpu and memory, read by every score. */
    cpuAllocatable: number;
    memoryAllocatable: number;
    /** Whether the node has PreferNoSchedule taints (scored by TaintToleration). */
    hasPreferNoSchedule: boolean;
    ports: HostPort[];
}
export declare function nodeState(node: ModelNode, index: number): NodeState;
/** Extends the nodes' usage arrays to every resource id handed out so far (a Pod may name a new one). */
export declare function fitResourceSlots(nodes: readonly NodeState[]): void;
