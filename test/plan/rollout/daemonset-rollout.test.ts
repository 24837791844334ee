import { describe, expect, it } from 'vitest';
import { daemonSetRollout } from '../../../src/plan/rollout/index.js';
import { rowsOf } from './step-table.js';

describe('daemonSetRollout', () => {
  it('updates 10 nodes at maxUnavailable 20% in 5 waves of 2', () => {
    const result = daemonSetRollout({ nodeCount: 10, maxUnavailable: '20%', hasOldPods: true });
    expect(result.maxUnavailable).toBe(2);
    expect(result.steps.filter((s) => s.kind === 'delete').map((s) => s.action)).toEqual([
      'delete the old Pods on nodes 1–2 and start the new ones',
      'delete the old Pods on nodes 3–4 and start the new ones',
      'delete the old Pods on nodes 5–6 and start the new ones',
      'delete the old Pods on nodes 7–8 and start the new ones',
      'delete the old Pods on nodes 9–10 and start the new ones',
    ]);
    expect(result).toMatchObject({ minAvailable: 8, maxTotal: 10 });
  });

  it('defaults to one node at a time, old Pod first', () => {
    const result = daemonSetRollout({ nodeCount: 2, hasOldPods: true });
    expect(rowsOf(result.steps)).toEqual([
      ['delete the old Pod on node 1 and start the new one', 1, 1, 1, 0, 2],
      ['wait for 1 new Pod to be available', 1, 1, 1, 1, 2],
      ['delete the old Pod on node 2 and start the new one', 0, 0, 2, 1, 2],
      ['wait for 1 new Pod to be available', 0, 0, 2, 2, 2],
    ]);
  });

  it('starts surge Pods beside the old ones, rounding a percentage up', () => {
    const result = daemonSetRollout({ nodeCount: 3, maxSurge: '50%', maxUnavailable: 0, hasOldPods: true });
    expect(result).toMatchObject({ maxSurge: 2, maxUnavailable: 0, minAvailable: 3, maxTotal: 5 });
    expect(rowsOf(result.steps)).toEqual([
      ['start 2 new Pods beside the old ones on nodes 1–2', 3, 3, 2, 0, 5],
      ['wait for them to be available, then delete the old Pods', 1, 1, 2, 2, 3],
      ['start 1 new Pod beside the old ones on node 3', 1, 1, 3, 2, 4],
      ['wait for them to be available, then delete the old Pod', 0, 0, 3, 3, 3],
    ]);
  });

  it('creates one Pod per node', () => {
    const result = daemonSetRollout({ nodeCount: 3, hasOldPods: false });
    expect(result.steps.map((s) => s.action)).toEqual(['create 3 Pods, one per node', 'wait for 3 Pods to be available']);
  });
});
