import { parseIntOrPercent, scaledCount } from '../../resources/index.js';

/** A Deployment's resolved rolling-update bounds. */
export interface RollingUpdateBounds {
  maxSurge: number;
  maxUnavailable: number;
  /** replicas + maxSurge: old + new Pods never exceed it. */
  maxTotal: number;
  /** replicas − maxUnavailable: available Pods never drop below it. */
  minAvailable: number;
}

/**
 * The Deployment controller's fenceposts: maxSurge rounds a percentage up, maxUnavailable rounds
 * down; when both come out 0 maxUnavailable becomes 1 so the rollout can progress. Unreadable
 * values fall back to the 25% defaults.
 */
export function rollingUpdateBounds(replicas: number, maxSurge: unknown = '25%', maxUnavailable: unknown = '25%'): RollingUpdateBounds {
  const surge = scaled(maxSurge ?? '25%', replicas, Math.ceil);
  let unavailable = Math.min(scaled(maxUnavailable ?? '25%', replicas, Math.floor), replicas);
  if (surge === 0 && unavailable === 0 && replicas > 0) unavailable = 1;
  return { maxSurge: surge, maxUnavailable: unavailable, maxTotal: replicas + surge, minAvailable: replicas - unavailable };
}

function scaled(value: unknown, total: number, round: (n: number) => number): number {
  return scaledCount(parseIntOrPercent(value) ?? { kind: 'percent', value: 25 }, total, round);
}
