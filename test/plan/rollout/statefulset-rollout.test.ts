import { describe, expect, it } from 'vitest';
import { statefulSetRollout } from '../../../src/plan/rollout/index.js';
import { rowsOf } from './step-table.js';

describe('statefulSetRollout', () => {
  it('updates one Pod at a time from the highest ordinal down', () => {
    const result = statefulSetRollout({ name: 'web', replicas: 3, from: 3, templateChanged: true });
    expect(rowsOf(result.steps)).toEqual([
      ['delete web-2 (old revision)', 2, 2, 0, 0, 2],
      ['wait for web-2 to be recreated, Running and Ready (new revision)', 2, 2, 1, 1, 3],
      ['delete web-1 (old revision)', 1, 1, 1, 1, 2],
      ['wait for web-1 to be recreated, Running and Ready (new revision)', 1, 1, 2, 2, 3],
      ['delete web-0 (old revision)', 0, 0, 2, 2, 2],
      ['wait for web-0 to be recreated, Running and Ready (new revision)', 0, 0, 3, 3, 3],
    ]);
    expect(result).toMatchObject({ minAvailable: 2, maxTotal: 3, keptOnOldRevision: [] });
  });

  it('leaves ordinals below the partition on the old revision', () => {
    const result = statefulSetRollout({ name: 'web', replicas: 3, from: 3, partition: 2, templateChanged: true });
    expect(rowsOf(result.steps)).toEqual([
      ['delete web-2 (old revision)', 2, 2, 0, 0, 2],
      ['wait for web-2 to be recreated, Running and Ready (new revision)', 2, 2, 1, 1, 3],
    ]);
    expect(result.keptOnOldRevision).toEqual(['web-0', 'web-1']);
  });

  it('updates maxUnavailable Pods at a time when the feature is on', () => {
    const result = statefulSetRollout({ name: 'db', replicas: 5, from: 5, maxUnavailable: 2, templateChanged: true });
    expect(result.steps.filter((s) => s.kind === 'delete').map((s) => s.action)).toEqual([
      'delete db-4, db-3 (old revision)',
      'delete db-2, db-1 (old revision)',
      'delete db-0 (old revision)',
    ]);
    expect(result.minAvailable).toBe(3);
  });

  it('creates Pods in order and waits for each with OrderedReady, all at once with Parallel', () => {
    const ordered = statefulSetRollout({ name: 'db', replicas: 2, from: 0, templateChanged: false });
    expect(rowsOf(ordered.steps)).toEqual([
      ['create db-0', 0, 0, 1, 0, 1],
      ['wait for db-0 to be Running and Ready', 0, 0, 1, 1, 1],
      ['create db-1', 0, 0, 2, 1, 2],
      ['wait for db-1 to be Running and Ready', 0, 0, 2, 2, 2],
    ]);
    const parallel = statefulSetRollout({ name: 'db', replicas: 2, from: 0, podManagementPolicy: 'Parallel', templateChanged: false });
    expect(rowsOf(parallel.steps)).toEqual([
      ['create db-0, db-1', 0, 0, 2, 0, 2],
      ['wait for db-0, db-1 to be Running and Ready', 0, 0, 2, 2, 2],
    ]);
  });

  it('scales down from the highest ordinal, honouring spec.ordinals.start', () => {
    const result = statefulSetRollout({ name: 'db', replicas: 1, from: 3, ordinalsStart: 5, templateChanged: false });
    expect(result.steps.map((s) => s.action)).toEqual([
      'delete db-7', 'wait for db-7 to terminate', 'delete db-6', 'wait for db-6 to terminate',
    ]);
  });

  it('updates nothing with OnDelete and names the Pods that stay old', () => {
    const result = statefulSetRollout({ name: 'web', replicas: 2, from: 2, updateStrategy: 'OnDelete', templateChanged: true });
    expect(result.steps).toEqual([]);
    expect(result.keptOnOldRevision).toEqual(['web-0', 'web-1']);
  });

  it('shows the outage of a single-member StatefulSet update', () => {
    const result = statefulSetRollout({ name: 'db', replicas: 1, from: 1, templateChanged: true });
    expect(result.downtime).toEqual({ fromStep: 1, toStep: 1 });
  });
});
