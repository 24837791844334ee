import type { NodeState } from './node-state.js';

/** What scoring needs of the Pod being placed. */
export interface ScoreInput {
  cpu: number;
  memory: number;
  /** Untolerated PreferNoSchedule taints per node, and preferred node-affinity weight per node. */
  preferNoSchedule(node: NodeState): number;
  preferredAffinity(node: NodeState): number;
  /** False when no node has a PreferNoSchedule taint / the Pod has no preferred node affinity (the scores are then equal). */
  scoresTaints: boolean;
  scoresAffinity: boolean;
}

function leastAllocated(requested: number, allocatable: number): number {
  if (allocatable <= 0 || requested > allocatable) return 0;
  return Math.floor(((allocatable - requested) * 100) / allocatable);
}

function fraction(requested: number, allocatable: number): number {
  return allocatable <= 0 ? 1 : Math.min(requested / allocatable, 1);
}

/**
 * Picks the node the default scheduler would most plausibly choose among `feasible`:
 * 3·TaintToleration + 2·NodeAffinity (preferred) + LeastAllocated + BalancedAllocation, with
 * cpu and memory counted the way scoring counts them (containers without requests as 100m and
 * 200 MiB). Skipped: ImageLocality, preferred inter-pod affinity and spreading scores. Real
 * ties are broken at random; here the node whose name sorts first wins.
 */
export function bestNode(feasible: readonly NodeState[], pod: ScoreInput): NodeState {
  const taints = pod.scoresTaints ? feasible.map((n) => pod.preferNoSchedule(n)) : undefined;
  const affinity = pod.scoresAffinity ? feasible.map((n) => pod.preferredAffinity(n)) : undefined;
  const maxTaints = taints ? Math.max(0, ...taints) : 0;
  const maxAffinity = affinity ? Math.max(0, ...affinity) : 0;
  let best = feasible[0];
  let bestScore = -Infinity;
  for (let i = 0; i < feasible.length; i++) {
    const node = feasible[i];
    const cpuAllocatable = node.cpuAllocatable;
    const memoryAllocatable = node.memoryAllocatable;
    const cpu = node.scoringCpu + pod.cpu;
    const memory = node.scoringMemory + pod.memory;
    const least = Math.floor((leastAllocated(cpu, cpuAllocatable) + leastAllocated(memory, memoryAllocatable)) / 2);
    const spread = Math.abs(fraction(cpu, cpuAllocatable) - fraction(memory, memoryAllocatable)) / 2;
    const balanced = Math.floor((1 - spread) * 100);
    const taintScore = taints && maxTaints > 0 ? 100 - Math.floor((taints[i] * 100) / maxTaints) : 100;
    const affinityScore = affinity && maxAffinity > 0 ? Math.floor((affinity[i] * 100) / maxAffinity) : 0;
    const score = 3 * taintScore + 2 * affinityScore + least + balanced;
    if (score > bestScore || (score === bestScore && node.node.name < best.node.name)) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
