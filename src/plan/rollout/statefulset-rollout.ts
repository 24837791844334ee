import { stepOf, withBounds, type PodCounts, type RolloutStep, type RolloutSteps } from './rollout-steps.js';

/** The inputs of a StatefulSet rollout; `from` is the number of existing Pods (0 for a create). */
export interface StatefulSetRolloutInput {
  name: string;
  replicas: number;
  from: number;
  /** `spec.ordinals.start` (default 0). */
  ordinalsStart?: number;
  podManagementPolicy?: 'OrderedReady' | 'Parallel';
  updateStrategy?: 'RollingUpdate' | 'OnDelete';
  /** Ordinals below it stay on the old revision. */
  partition?: number;
  /** Pods updated at once, already resolved (1 unless MaxUnavailableStatefulSet is on). */
  maxUnavailable?: number;
  templateChanged: boolean;
}

/** A StatefulSet's step table and the Pods an update leaves on the old revision. */
export interface StatefulSetRolloutSteps extends RolloutSteps {
  /** Pods that keep the old template (below the partition, or all with OnDelete). */
  keptOnOldRevision: string[];
}

/**
 * Simulates the StatefulSet controller: scaling first (OrderedReady: one ordinal at a time,
 * ascending up and descending down, each waiting; Parallel: all at once), then a RollingUpdate
 * from the highest ordinal down to the partition, deleting and recreating `maxUnavailable` Pods
 * at a time (no surge: the same name and PVCs come back) and waiting for them to be Ready.
 */
export function statefulSetRollout(input: StatefulSetRolloutInput): StatefulSetRolloutSteps {
  const start = input.ordinalsStart ?? 0;
  const partition = input.partition ?? 0;
  const isNewRevision = (ordinal: number) => !input.templateChanged || (input.updateStrategy !== 'OnDelete' && ordinal >= partition);
  const existing = range(start, start + Math.min(input.from, input.replicas));
  const c: PodCounts = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const initial = { ...c };
  const pod = (ordinal: number) => `${input.name}-${ordinal}`;
  const steps = [
    ...scaleSteps(input, start, isNewRevision, c, pod),
    ...(input.templateChanged && input.updateStrategy !== 'OnDelete'
      ? updateSteps(existing.filter(isNewRevision).reverse(), Math.max(1, input.maxUnavailable ?? 1), c, pod)
      : []),
  ];
  return { ...withBounds(steps, initial), keptOnOldRevision: existing.filter((o) => !isNewRevision(o)).map(pod) };
}

// OrderedReady creates ascending and removes descending, one Pod at a time with a wait each
function scaleSteps(input: StatefulSetRolloutInput, start: number, isNewRevision: (o: number) => boolean, c: PodCounts, pod: (o: number) => string): RolloutStep[] {
  const steps: RolloutStep[] = [];
  const parallel = input.podManagementPolicy === 'Parallel';
  const created = range(start + input.from, start + input.replicas);
  const removed = range(start + input.replicas, start + input.from).reverse();
  for (const group of parallel ? nonEmpty([created]) : created.map((o) => [o])) {
    const toNew = group.filter(isNewRevision).length;
    c.new += toNew;
    c.old += group.length - toNew;
    steps.push(stepOf('create', `create ${names(group, pod)}`, c));
    c.newAvailable += toNew;
    c.oldAvailable += group.length - toNew;
    steps.push(stepOf('wait', `wait for ${names(group, pod)} to be Running and Ready`, c));
  }
  for (const group of parallel ? nonEmpty([removed]) : removed.map((o) => [o])) {
    c.old -= group.length;
    c.oldAvailable -= group.length;
    steps.push(stepOf('delete', `delete ${names(group, pod)}`, c));
    if (!parallel) steps.push(stepOf('wait', `wait for ${names(group, pod)} to terminate`, c));
  }
  return steps;
}

// no surge: a Pod is deleted and comes back with the same name and PVCs on the new revision
function updateSteps(ordinals: number[], batch: number, c: PodCounts, pod: (o: number) => string): RolloutStep[] {
  const steps: RolloutStep[] = [];
  for (let i = 0; i < ordinals.length; i += batch) {
    const group = ordinals.slice(i, i + batch);
    c.old -= group.length;
    c.oldAvailable -= group.length;
    steps.push(stepOf('delete', `delete ${names(group, pod)} (old revision)`, c));
    c.new += group.length;
    c.newAvailable += group.length;
    steps.push(stepOf('wait', `wait for ${names(group, pod)} to be recreated, Running and Ready (new revision)`, c));
  }
  return steps;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function nonEmpty(groups: number[][]): number[][] {
  return groups.filter((g) => g.length > 0);
}

function names(group: number[], pod: (ordinal: number) => string): string {
  return group.map(pod).join(', ');
}
