import type { ModelNode } from '../cluster/index.js';
import { toUnits } from '../cluster/index.js';
import { resourceCount, resourceId } from './resource-ids.js';

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

export function nodeState(node: ModelNode, index: number): NodeState {
  for (const name of Object.keys(node.allocatable)) resourceId(name);
  // dense arrays of numbers: reading past the end or a hole would slow every resource check
  const allocatable = new Array<number>(resourceCount()).fill(0);
  for (const [name, quantity] of Object.entries(node.allocatable)) allocatable[resourceId(name)] = toUnits(name, quantity);
  return {
    index, nameRank: index, node, allocatable, requested: new Array<number>(allocatable.length).fill(0), podCount: 0, scoringCpu: 0, scoringMemory: 0,
    cpuAllocatable: allocatable[resourceId('cpu')] ?? 0,
    memoryAllocatable: allocatable[resourceId('memory')] ?? 0,
    hasPreferNoSchedule: node.taints.some((t) => t.effect === 'PreferNoSchedule'),
    ports: [],
  };
}

/** Extends the nodes' usage arrays to every resource id handed out so far (a Pod may name a new one). */
export function fitResourceSlots(nodes: readonly NodeState[]): void {
  const count = resourceCount();
  for (const node of nodes) {
    while (node.allocatable.length < count) node.allocatable.push(0);
    while (node.requested.length < count) node.requested.push(0);
  }
}
