import type { ModelNode } from '../cluster/cluster-model.js';
import { toUnits } from '../cluster/resource-units.js';
import { resourceId } from './resource-ids.js';

/** A host port in use: `(hostIP, protocol, hostPort)`. */
export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

/** A node during the simulation: its fixed facts and what the Pods placed so far use. */
export interface NodeState {
  index: number;
  node: ModelNode;
  /** Indexed by {@link resourceId}; a resource the node lacks reads as undefined (none). */
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
  const allocatable: number[] = [];
  for (const [name, quantity] of Object.entries(node.allocatable)) allocatable[resourceId(name)] = toUnits(name, quantity);
  return {
    index, node, allocatable, requested: [], podCount: 0, scoringCpu: 0, scoringMemory: 0,
    cpuAllocatable: allocatable[resourceId('cpu')] ?? 0,
    memoryAllocatable: allocatable[resourceId('memory')] ?? 0,
    hasPreferNoSchedule: node.taints.some((t) => t.effect === 'PreferNoSchedule'),
    ports: [],
  };
}
