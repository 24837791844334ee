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

function rawScores(nodes: readonly NodeState[], count: number, score: (node: NodeState) => number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = score(nodes[i]!);
  return out;
}

/**
 * Picks the node the default scheduler would most plausibly choose among the first `count` of `feasible`:
 * 3·TaintToleration + 2·NodeAffinity (preferred) + LeastAllocated + BalancedAllocation, with
 * cpu and memory counted the way scoring counts them (containers without requests as 100m and
 * 200 MiB). Skipped: ImageLocality, preferred inter-pod affinity and spreading scores. Real
 * ties are broken at random; here the node whose name sorts first wins.
 */
export function bestNode(feasible: readonly NodeState[], count: number, pod: ScoreInput): NodeState {
  const taints = pod.scoresTaints ? rawScores(feasible, count, pod.preferNoSchedule) : undefined;
  const affinity = pod.scoresAffinity ? rawScores(feasible, count, pod.preferredAffinity) : undefined;
  const maxTaints = taints ? Math.max(0, ...taints) : 0;
  const maxAffinity = affinity ? Math.max(0, ...affinity) : 0;
  // callers pass at least one feasible node; index loops (not slices) as this runs per Pod
  let best = feasible[0]!;
  let bestScore = -Infinity;
  for (let i = 0; i < count; i++) {
    const node = feasible[i]!;
    // LeastAllocated and BalancedAllocation over cpu and memory, inlined: this runs for every
    // feasible node of every Pod (`| 0` truncates the small quotients like Go's integer division)
    const cpuTotal = node.cpuAllocatable;
    const memoryTotal = node.memoryAllocatable;
    const cpu = node.scoringCpu + pod.cpu;
    const memory = node.scoringMemory + pod.memory;
    const cpuFree = cpuTotal <= 0 || cpu > cpuTotal ? 0 : (((cpuTotal - cpu) * 100) / cpuTotal) | 0;
    const memoryFree = memoryTotal <= 0 || memory > memoryTotal ? 0 : (((memoryTotal - memory) * 100) / memoryTotal) | 0;
    const cpuShare = cpuTotal <= 0 || cpu >= cpuTotal ? 1 : cpu / cpuTotal;
    const memoryShare = memoryTotal <= 0 || memory >= memoryTotal ? 1 : memory / memoryTotal;
    const balanced = ((1 - Math.abs(cpuShare - memoryShare) / 2) * 100) | 0;
    const taintScore = taints && maxTaints > 0 ? 100 - (((taints[i]! * 100) / maxTaints) | 0) : 100;
    const affinityScore = affinity && maxAffinity > 0 ? ((affinity[i]! * 100) / maxAffinity) | 0 : 0;
    const score = 3 * taintScore + 2 * affinityScore + ((cpuFree + memoryFree) >> 1) + balanced;
    if (score > bestScore || (score === bestScore && node.nameRank < best.nameRank)) {
      best = node;
      bestScore = score;
    }
  }
  return best;
}
