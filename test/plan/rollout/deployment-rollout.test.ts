import { describe, expect, it } from 'vitest';
import { deploymentRollout, rollingUpdateBounds } from '../../../src/plan/rollout/index.js';
import { rowsOf } from './step-table.js';

describe('rollingUpdateBounds', () => {
  it.each([
    // R, surge, unavailable, maxTotal, minAvailable (planner-apply.md §5.2 at 25%/25%)
    [1, 1, 0, 2, 1],
    [2, 1, 0, 3, 2],
    [3, 1, 0, 4, 3],
    [4, 1, 1, 5, 3],
    [10, 3, 2, 13, 8],
    [100, 25, 25, 125, 75],
  ])('replicas %i at 25%/25%: surge %i, unavailable %i, max %i, min available %i', (R, surge, unavailable, maxTotal, minAvailable) => {
    expect(rollingUpdateBounds(R, '25%', '25%')).toEqual({ maxSurge: surge, maxUnavailable: unavailable, maxTotal, minAvailable });
  });

  it('makes maxUnavailable 1 when both round to 0, and caps it at replicas', () => {
    expect(rollingUpdateBounds(3, '10%', '10%')).toMatchObject({ maxSurge: 1, maxUnavailable: 0 });
    expect(rollingUpdateBounds(3, 0, '10%')).toMatchObject({ maxSurge: 0, maxUnavailable: 1 });
    expect(rollingUpdateBounds(2, 0, 5)).toMatchObject({ maxUnavailable: 2, minAvailable: 0 });
    expect(rollingUpdateBounds(0, 0, 0)).toMatchObject({ maxUnavailable: 0 });
  });
});

describe('deploymentRollout', () => {
  it('reproduces Example A: replicas 4 at 25%/25%', () => {
    const result = deploymentRollout({ replicas: 4, strategy: 'RollingUpdate', from: 4, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 1', 4, 4, 1, 0, 5],
      ['scale old 4 → 3', 3, 3, 1, 0, 4],
      ['scale new 1 → 2', 3, 3, 2, 0, 5],
      ['wait for 2 new Pods to be available', 3, 3, 2, 2, 5],
      ['scale old 3 → 1', 1, 1, 2, 2, 3],
      ['scale new 2 → 4', 1, 1, 4, 2, 5],
      ['wait for 2 new Pods to be available', 1, 1, 4, 4, 5],
      ['scale old 1 → 0', 0, 0, 4, 4, 4],
    ]);
    expect(result).toMatchObject({ minAvailable: 3, maxTotal: 5 });
  });

  it('reproduces Example B: replicas 4 with maxSurge 1, maxUnavailable 0 (one Pod at a time, 4 waits)', () => {
    const result = deploymentRollout({ replicas: 4, maxSurge: 1, maxUnavailable: 0, strategy: 'RollingUpdate', from: 4, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 1', 4, 4, 1, 0, 5],
      ['wait for 1 new Pod to be available', 4, 4, 1, 1, 5],
      ['scale old 4 → 3', 3, 3, 1, 1, 4],
      ['scale new 1 → 2', 3, 3, 2, 1, 5],
      ['wait for 1 new Pod to be available', 3, 3, 2, 2, 5],
      ['scale old 3 → 2', 2, 2, 2, 2, 4],
      ['scale new 2 → 3', 2, 2, 3, 2, 5],
      ['wait for 1 new Pod to be available', 2, 2, 3, 3, 5],
      ['scale old 2 → 1', 1, 1, 3, 3, 4],
      ['scale new 3 → 4', 1, 1, 4, 3, 5],
      ['wait for 1 new Pod to be available', 1, 1, 4, 4, 5],
      ['scale old 1 → 0', 0, 0, 4, 4, 4],
    ]);
    expect(result).toMatchObject({ minAvailable: 4, maxTotal: 5 });
  });

  it('scales down first when there is no surge room (maxSurge 0, maxUnavailable 1)', () => {
    const result = deploymentRollout({ replicas: 4, maxSurge: 0, maxUnavailable: 1, strategy: 'RollingUpdate', from: 4, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash> with 0 replicas (no surge room)', 4, 4, 0, 0, 4],
      ['scale old 4 → 3', 3, 3, 0, 0, 3],
      ['scale new 0 → 1', 3, 3, 1, 0, 4],
      ['wait for 1 new Pod to be available', 3, 3, 1, 1, 4],
      ['scale old 3 → 2', 2, 2, 1, 1, 3],
      ['scale new 1 → 2', 2, 2, 2, 1, 4],
      ['wait for 1 new Pod to be available', 2, 2, 2, 2, 4],
      ['scale old 2 → 1', 1, 1, 2, 2, 3],
      ['scale new 2 → 3', 1, 1, 3, 2, 4],
      ['wait for 1 new Pod to be available', 1, 1, 3, 3, 4],
      ['scale old 1 → 0', 0, 0, 3, 3, 3],
      ['scale new 3 → 4', 0, 0, 4, 3, 4],
      ['wait for 1 new Pod to be available', 0, 0, 4, 4, 4],
    ]);
    expect(result).toMatchObject({ minAvailable: 3, maxTotal: 4 });
  });

  it('rolls replicas 10 at 25%/25% (surge 3, unavailable 2) in two waits', () => {
    const result = deploymentRollout({ replicas: 10, maxSurge: '25%', maxUnavailable: '25%', strategy: 'RollingUpdate', from: 10, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 3', 10, 10, 3, 0, 13],
      ['scale old 10 → 8', 8, 8, 3, 0, 11],
      ['scale new 3 → 5', 8, 8, 5, 0, 13],
      ['wait for 5 new Pods to be available', 8, 8, 5, 5, 13],
      ['scale old 8 → 3', 3, 3, 5, 5, 8],
      ['scale new 5 → 10', 3, 3, 10, 5, 13],
      ['wait for 5 new Pods to be available', 3, 3, 10, 10, 13],
      ['scale old 3 → 0', 0, 0, 10, 10, 10],
    ]);
    expect(result).toMatchObject({ minAvailable: 8, maxTotal: 13 });
  });

  it('rolls replicas 3 with maxSurge 1, maxUnavailable 0 one Pod at a time', () => {
    const result = deploymentRollout({ replicas: 3, maxSurge: 1, maxUnavailable: 0, strategy: 'RollingUpdate', from: 3, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 1', 3, 3, 1, 0, 4],
      ['wait for 1 new Pod to be available', 3, 3, 1, 1, 4],
      ['scale old 3 → 2', 2, 2, 1, 1, 3],
      ['scale new 1 → 2', 2, 2, 2, 1, 4],
      ['wait for 1 new Pod to be available', 2, 2, 2, 2, 4],
      ['scale old 2 → 1', 1, 1, 2, 2, 3],
      ['scale new 2 → 3', 1, 1, 3, 2, 4],
      ['wait for 1 new Pod to be available', 1, 1, 3, 3, 4],
      ['scale old 1 → 0', 0, 0, 3, 3, 3],
    ]);
    expect(result).toMatchObject({ minAvailable: 3, maxTotal: 4 });
  });

  it('rolls replicas 1 at 25%/25% by surging one Pod, never dropping to 0', () => {
    const result = deploymentRollout({ replicas: 1, strategy: 'RollingUpdate', from: 1, name: 'web', minReadySeconds: 10 });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 1', 1, 1, 1, 0, 2],
      ['wait for 1 new Pod to be Ready for 10s (available)', 1, 1, 1, 1, 2],
      ['scale old 1 → 0', 0, 0, 1, 1, 1],
    ]);
    expect(result).toMatchObject({ minAvailable: 1, maxTotal: 2 });
    expect(result.downtime).toBeUndefined();
  });

  it('treats a create as a scale-up from 0', () => {
    const result = deploymentRollout({ replicas: 3, strategy: 'RollingUpdate', from: 0, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash>, scale 0 → 3', 0, 0, 3, 0, 3],
      ['wait for 3 new Pods to be available', 0, 0, 3, 3, 3],
    ]);
  });

  it('shows the downtime window of Recreate', () => {
    const result = deploymentRollout({ replicas: 3, strategy: 'Recreate', from: 3, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['scale old 3 → 0', 0, 0, 0, 0, 0],
      ['wait for every old Pod to terminate', 0, 0, 0, 0, 0],
      ['create ReplicaSet web-<hash>, scale 0 → 3', 0, 0, 3, 0, 3],
      ['wait for 3 new Pods to be available', 0, 0, 3, 3, 3],
    ]);
    expect(result.downtime).toEqual({ fromStep: 1, toStep: 3 });
    expect(result.minAvailable).toBe(0);
  });

  it('uses the new replica count when replicas and template change together', () => {
    const result = deploymentRollout({ replicas: 2, maxSurge: 1, maxUnavailable: 0, strategy: 'RollingUpdate', from: 4, name: 'web' });
    expect(rowsOf(result.steps)[0]).toEqual(['create ReplicaSet web-<hash> with 0 replicas (no surge room)', 4, 4, 0, 0, 4]);
    expect(result.steps.at(-1)).toMatchObject({ old: 0, new: 2, newAvailable: 2 });
  });
});

describe('deploymentRollout at replicas 0', () => {
  it('creates the new ReplicaSet empty and removes every old Pod', () => {
    const result = deploymentRollout({ replicas: 0, strategy: 'RollingUpdate', from: 2, name: 'web' });
    expect(rowsOf(result.steps)).toEqual([
      ['create ReplicaSet web-<hash> with 0 replicas', 2, 2, 0, 0, 2],
      ['scale old 2 → 0', 0, 0, 0, 0, 0],
    ]);
    expect(result.downtime).toBeUndefined();
  });
});
