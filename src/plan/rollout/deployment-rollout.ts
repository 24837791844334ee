import { rollingUpdateBounds, type RollingUpdateBounds } from './rolling-update-bounds.js';
import { stepOf, withBounds, type PodCounts, type RolloutStep, type RolloutSteps } from './rollout-steps.js';

/** The inputs of a Deployment rollout; `from` is the number of old Pods (0 for a create). */
export interface DeploymentRolloutInput {
  replicas: number;
  maxSurge?: number | string;
  maxUnavailable?: number | string;
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
  strategy: 'RollingUpdate' | 'Recreate';
  from: number;
  /** The Deployment's name, for the ReplicaSet in step texts (`web-<hash>`). */
  name?: string;
}

/** A Deployment's step table, with the rolling-update bounds it keeps. */
export interface DeploymentRolloutSteps extends RolloutSteps {
  bounds?: RollingUpdateBounds;
}

// a Deployment with a broken bound would otherwise loop; real ones finish in 2·replicas steps
const maxSyncs = 10_000;

/**
 * Simulates the Deployment controller's syncs for a new pod template: each sync first scales the
 * new ReplicaSet up within maxTotal, else scales old ReplicaSets down to keep minAvailable, else
 * waits for new Pods to become available. Every action is assumed observed before any new Pod is
 * ready, which gives the deterministic tables of planner-apply.md §5.2. Recreate scales old to 0,
 * waits for termination, then creates all new Pods.
 */
export function deploymentRollout(input: DeploymentRolloutInput): DeploymentRolloutSteps {
  const start: PodCounts = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  if (input.strategy === 'Recreate') return withBounds(recreateSteps(input), start);
  const bounds = rollingUpdateBounds(input.replicas, input.maxSurge, input.maxUnavailable);
  return { ...withBounds(rollingSteps(input, bounds), start), bounds };
}

function rollingSteps(input: DeploymentRolloutInput, bounds: RollingUpdateBounds): RolloutStep[] {
  const R = input.replicas;
  const c: PodCounts = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const steps: RolloutStep[] = [];
  const rs = replicaSetName(input.name);
  const wait = waitText(input.minReadySeconds);
  for (let sync = 0; sync < maxSyncs; sync++) {
    if (c.old === 0 && c.new === R && c.newAvailable === R) break;
    const total = c.old + c.new;
    const room = Math.max(0, Math.min(bounds.maxTotal - total, R - c.new));
    if (sync === 0) {
      // the new ReplicaSet is created with what fits, possibly 0 when there is no surge room
      c.new = room;
      const why = R > 0 ? ' (no surge room)' : '';
      steps.push(stepOf('create', room > 0 ? `create ReplicaSet ${rs}, scale 0 → ${room}` : `create ReplicaSet ${rs} with 0 replicas${why}`, c));
      continue;
    }
    if (room > 0) {
      const from = c.new;
      c.new += room;
      steps.push(stepOf('scale-up', `scale new ${from} → ${c.new}`, c));
      continue;
    }
    const maxScaledDown = total - bounds.minAvailable - (c.new - c.newAvailable);
    const scaleDown = Math.min(c.old, c.oldAvailable + c.newAvailable - bounds.minAvailable);
    if (maxScaledDown > 0 && scaleDown > 0) {
      const from = c.old;
      c.old -= scaleDown;
      c.oldAvailable = Math.min(c.oldAvailable, c.old);
      steps.push(stepOf('scale-down', `scale old ${from} → ${c.old}`, c));
      continue;
    }
    if (c.newAvailable < c.new) {
      const count = c.new - c.newAvailable;
      c.newAvailable = c.new;
      steps.push(stepOf('wait', `wait for ${count} new ${pods(count)} ${wait}`, c));
      continue;
    }
    break;
  }
  return steps;
}

function recreateSteps(input: DeploymentRolloutInput): RolloutStep[] {
  const c: PodCounts = { old: input.from, oldAvailable: input.from, new: 0, newAvailable: 0 };
  const steps: RolloutStep[] = [];
  if (input.from > 0) {
    c.old = 0;
    c.oldAvailable = 0;
    steps.push(stepOf('scale-down', `scale old ${input.from} → 0`, c));
    steps.push(stepOf('wait', 'wait for every old Pod to terminate', c));
  }
  c.new = input.replicas;
  steps.push(stepOf('create', `create ReplicaSet ${replicaSetName(input.name)}, scale 0 → ${input.replicas}`, c));
  c.newAvailable = input.replicas;
  steps.push(stepOf('wait', `wait for ${input.replicas} new ${pods(input.replicas)} ${waitText(input.minReadySeconds)}`, c));
  return steps;
}

function replicaSetName(name: string | undefined): string {
  return `${name ?? 'new'}-<hash>`;
}

function pods(count: number): string {
  return count === 1 ? 'Pod' : 'Pods';
}

function waitText(minReadySeconds: number | undefined): string {
  return minReadySeconds ? `to be Ready for ${minReadySeconds}s (available)` : 'to be available';
}
