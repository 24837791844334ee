import type { ModelNode } from '../cluster/cluster-model.js';
import { toUnits } from '../cluster/resource-units.js';
import type { Amounts } from './pod-requests.js';

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
  allocatable: Amounts;
  requested: Amounts;
  podCount: number;
  /** The non-zero cpu and memory scoring counts (containers without requests count defaults). */
  scoringCpu: number;
  scoringMemory: number;
  ports: HostPort[];
}

export function nodeState(node: ModelNode, index: number): NodeState {
  const allocatable: Amounts = new Map();
  for (const [name, quantity] of Object.entries(node.allocatable)) allocatable.set(name, toUnits(name, quantity));
  return { index, node, allocatable, requested: new Map(), podCount: 0, scoringCpu: 0, scoringMemory: 0, ports: [] };
}
