import { describe, expect, it } from 'vitest';
import { expandPodsWithCuts, sharePods } from '../../../src/plan/pods/index.js';
import { statefulSetRollout } from '../../../src/plan/rollout/index.js';
import { resourcesOf } from '../schedule/helpers.js';
import { itemAt } from '../../helpers/item-at.js';

describe('sharePods', () => {
  it('grants every workload what it wants when the total is within the limit', () => {
    expect(sharePods([3, 0, 5], 10)).toEqual([3, 0, 5]);
  });

  it('simulates small workloads whole and cuts only the largest, the remainder to the first in input order', () => {
    expect(sharePods([2, 2147483647, 1, 2147483647], 10)).toEqual([2, 4, 1, 3]);
    expect(sharePods([100, 100, 100], 10)).toEqual([4, 3, 3]);
  });

  it('never grants more than the limit in all', () => {
    const granted = sharePods(Array.from({ length: 20_000 }, () => 1), 10_000);
    expect(granted.reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});

describe('expandPodsWithCuts', () => {
  const deployment = (name: string, replicas: number) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata: {labels: {app: ${name}}}\n    spec:\n      containers: [{name: c, image: web}]`;

  it('expands 2147483647 replicas to the limit at once and says what it cut', () => {
    const started = performance.now();
    const { pods, cut } = expandPodsWithCuts(resourcesOf(`${deployment('huge', 2147483647)}\n---\n${deployment('small', 2)}`), { defaultNamespace: 'default', maxPods: 10_000 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(pods).toHaveLength(10_000);
    expect(pods.filter((p) => p.owner.name === 'small')).toHaveLength(2);
    expect(cut.map((c) => [c.resource.name, c.wanted, c.simulated])).toEqual([['huge', 2147483647, 9998]]);
  });
});

describe('statefulSetRollout on a huge StatefulSet', () => {
  it('stops the table at 1,000 steps with a note holding the final counts', () => {
    const result = statefulSetRollout({ name: 'db', replicas: 2147483647, from: 2147483647, templateChanged: true, partition: 5 });
    expect(result.steps).toHaveLength(1001);
    expect(result.steps[1000]).toMatchObject({ kind: 'note', old: 5, new: 2147483642, newAvailable: 2147483642 });
    expect(result.keptOnOldRevision).toEqual(['db-0', 'db-1', 'db-2', 'db-3', 'db-4']);
    expect(result.keptOnOldRevisionCount).toBe(5);
  });

  it('summarises a Parallel group of billions of Pods', () => {
    const result = statefulSetRollout({ name: 'db', replicas: 2147483647, from: 0, podManagementPolicy: 'Parallel', templateChanged: false });
    expect(itemAt(result.steps, 0).action).toMatch(/^create db-0, db-1, .*db-19, … \(2147483647 Pods\)$/);
    expect(result.maxTotal).toBe(2147483647);
  });
});
