import { maxTableSteps, stepOf, withBounds, type PodCounts, type RolloutStep, type RolloutSteps } from './rollout-steps.js';

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
  /** Pods that keep the old template (below the partition, or all with OnDelete): the first {@link maxNames}. */
  keptOnOldRevision: string[];
  /** How many Pods keep the old template in all. */
  keptOnOldRevisionCount: number;
}

/** Pod names listed at most in one step or list; a huge StatefulSet is summarised. */
const maxNames = 20;

/** Ordinals `from` up to (not including) `to`, walked upwards or downwards. */
interface OrdinalRun {
  from: number;
  to: number;
  descending?: boolean;
}

/**
 * Simulates the StatefulSet controller: scaling first (OrderedReady: one ordinal at a time,
 * ascending up and descending down, each waiting; Parallel: all at once), then a RollingUpdate
 * from the highest ordinal down to the partition, deleting and recreating `maxUnavailable` Pods
 * at a time (no surge: the same name and PVCs come back) and waiting for them to be Ready.
 * Ordinals are ranges, never lists, and the table stops at {@link maxTableSteps} steps with a
 * note, so 2147483647 replicas cost what 1,000 do.
 */
export function statefulSetRollout(input: StatefulSetRolloutInput): StatefulSetRolloutSteps {
  const start = input.ordinalsStart ?? 0;
  const partition = input.partition ?? 0;
  const updates = input.templateChanged && input.updateStrategy !== 'OnDelete';
  // ordinals at or above this get the new revision
  const firstNew = !input.templateChanged ? -Infinity : updates ? partition : Infinity;
  const countNew = (run: OrdinalRun) => Math.max(0, run.to - Math.max(run.from, firstNew));
  const existingEnd = start + Math.min(input.from, input.replicas);
  const c: PodCounts = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const initial = { ...c };
  const table = new StepTable();
  const pod = (ordinal: number) => `${input.name}-${ordinal}`;
  scaleSteps(input, start, countNew, c, pod, table);
  if (updates) updateSteps({ from: Math.max(start, partition), to: existingEnd, descending: true }, Math.max(1, input.maxUnavailable ?? 1), c, pod, table);
  const kept: OrdinalRun = { from: start, to: Math.min(existingEnd, Math.max(start, firstNew)) };
  const keptCount = Math.max(0, kept.to - kept.from);
  const keptOnOldRevision = ordinalsOf({ from: kept.from, to: kept.from + Math.min(keptCount, maxNames) }).map(pod);
  return { ...withBounds(table.finish(c), initial), keptOnOldRevision, keptOnOldRevisionCount: keptCount };
}

/** Steps up to the limit; past it, only how many more there would be. */
class StepTable {
  readonly steps: RolloutStep[] = [];
  private skipped = 0;

  get isFull(): boolean {
    return this.steps.length >= maxTableSteps;
  }

  push(step: RolloutStep): void {
    if (this.isFull) this.skipped++;
    else this.steps.push(step);
  }

  skip(count: number): void {
    this.skipped += count;
  }

  finish(c: PodCounts): RolloutStep[] {
    if (this.skipped > 0) this.steps.push(stepOf('note', `… ${this.skipped} more steps the same way (a table shows at most ${maxTableSteps})`, c));
    return this.steps;
  }
}

// OrderedReady creates ascending and removes descending, one Pod at a time with a wait each
function scaleSteps(input: StatefulSetRolloutInput, start: number, countNew: (run: OrdinalRun) => number, c: PodCounts, pod: (o: number) => string, table: StepTable): void {
  const parallel = input.podManagementPolicy === 'Parallel';
  const created: OrdinalRun = { from: start + input.from, to: start + input.replicas };
  const removed: OrdinalRun = { from: start + input.replicas, to: start + input.from, descending: true };
  for (const group of parallel ? nonEmpty(created) : single(created)) {
    if (table.isFull) {
      // the rest of the ordinals, counted at once: two steps each
      const rest: OrdinalRun = { ...created, from: group.from };
      add(c, countNew(rest), size(rest) - countNew(rest));
      table.skip(2 * size(rest));
      break;
    }
    const toNew = countNew(group);
    c.new += toNew;
    c.old += size(group) - toNew;
    table.push(stepOf('create', `create ${names(group, pod)}`, c));
    c.newAvailable += toNew;
    c.oldAvailable += size(group) - toNew;
    table.push(stepOf('wait', `wait for ${names(group, pod)} to be Running and Ready`, c));
  }
  for (const group of parallel ? nonEmpty(removed) : single(removed)) {
    if (table.isFull) {
      const rest = { ...removed, to: group.to };
      c.old -= size(rest);
      c.oldAvailable -= size(rest);
      table.skip((parallel ? 1 : 2) * size(rest));
      break;
    }
    c.old -= size(group);
    c.oldAvailable -= size(group);
    table.push(stepOf('delete', `delete ${names(group, pod)}`, c));
    if (!parallel) table.push(stepOf('wait', `wait for ${names(group, pod)} to terminate`, c));
  }
}

// no surge: a Pod is deleted and comes back with the same name and PVCs on the new revision
function updateSteps(ordinals: OrdinalRun, batch: number, c: PodCounts, pod: (o: number) => string, table: StepTable): void {
  for (let to = ordinals.to; to > ordinals.from; to -= batch) {
    const group: OrdinalRun = { from: Math.max(ordinals.from, to - batch), to, descending: true };
    if (table.isFull) {
      const rest = to - ordinals.from;
      add(c, rest, 0);
      c.old -= rest;
      c.oldAvailable -= rest;
      table.skip(2 * Math.ceil(rest / batch));
      break;
    }
    c.old -= size(group);
    c.oldAvailable -= size(group);
    table.push(stepOf('delete', `delete ${names(group, pod)} (old revision)`, c));
    c.new += size(group);
    c.newAvailable += size(group);
    table.push(stepOf('wait', `wait for ${names(group, pod)} to be recreated, Running and Ready (new revision)`, c));
  }
}

/** Adds created Pods, Ready: `toNew` of the new revision and `toOld` of the old. */
function add(c: PodCounts, toNew: number, toOld: number): void {
  c.new += toNew;
  c.newAvailable += toNew;
  c.old += toOld;
  c.oldAvailable += toOld;
}

function size(run: OrdinalRun): number {
  return Math.max(0, run.to - run.from);
}

/** Each ordinal of a run as a group of one, lazily: a run may hold billions. */
function* single(run: OrdinalRun): Generator<OrdinalRun> {
  if (run.descending) for (let o = run.to - 1; o >= run.from; o--) yield { from: o, to: o + 1 };
  else for (let o = run.from; o < run.to; o++) yield { from: o, to: o + 1 };
}

function nonEmpty(run: OrdinalRun): OrdinalRun[] {
  return size(run) > 0 ? [run] : [];
}

function ordinalsOf(run: OrdinalRun): number[] {
  const out: number[] = [];
  if (run.descending) for (let o = run.to - 1; o >= run.from; o--) out.push(o);
  else for (let o = run.from; o < run.to; o++) out.push(o);
  return out;
}

/** `web-0, web-1`; past {@link maxNames}, the first ones and how many in all. */
function names(run: OrdinalRun, pod: (ordinal: number) => string): string {
  const count = size(run);
  if (count <= maxNames) return ordinalsOf(run).map(pod).join(', ');
  const first = run.descending ? { from: run.to - maxNames, to: run.to, descending: true } : { from: run.from, to: run.from + maxNames };
  return `${ordinalsOf(first).map(pod).join(', ')}, … (${count} Pods)`;
}
