import { describe, expect, it } from 'vitest';
import { threeWayMerge } from '../../../src/plan/diff/three-way-merge.js';

const strategic = { strategic: true };

describe('threeWayMerge (kubectl apply, client side)', () => {
  it('sets what the manifest has, removes what only the last apply had, keeps what only the server set', () => {
    const original = { metadata: { labels: { app: 'web', old: 'x' } }, spec: { replicas: 3 } };
    const modified = { metadata: { labels: { app: 'web' } }, spec: { replicas: 4 } };
    const current = { metadata: { labels: { app: 'web', old: 'x', 'added-by-someone': 'y' } }, spec: { replicas: 3, revisionHistoryLimit: 10 } };
    expect(threeWayMerge(original, modified, current, strategic)).toEqual({
      metadata: { labels: { app: 'web', 'added-by-someone': 'y' } },
      spec: { replicas: 4, revisionHistoryLimit: 10 },
    });
  });

  it('removes a field set to null in the manifest even when the last apply never had it', () => {
    expect(threeWayMerge({}, { spec: { clusterIP: null } }, { spec: { clusterIP: '10.0.0.1', type: 'ClusterIP' } }, strategic)).toEqual({ spec: { type: 'ClusterIP' } });
  });

  it('with no last-applied annotation, only sets fields and never removes any', () => {
    expect(threeWayMerge({}, { data: { a: '1' } }, { data: { a: '0', b: '2' } }, strategic)).toEqual({ data: { a: '1', b: '2' } });
  });

  it('merges keyed lists item by item: live-only items stay, items dropped from the file go', () => {
    const path = ['spec', 'template', 'spec', 'containers', 0, 'env'];
    const original = [{ name: 'A', value: '1' }, { name: 'OLD', value: 'x' }];
    const modified = [{ name: 'A', value: '2' }];
    const current = [{ name: 'A', value: '1' }, { name: 'OLD', value: 'x' }, { name: 'INJECTED', value: 'y' }];
    expect(threeWayMerge(original, modified, current, strategic, path)).toEqual([{ name: 'A', value: '2' }, { name: 'INJECTED', value: 'y' }]);
  });

  it('keeps server defaults inside merged list items (ports get protocol TCP)', () => {
    const path = ['spec', 'template', 'spec', 'containers'];
    const merged = threeWayMerge([], [{ name: 'web', ports: [{ containerPort: 80 }] }], [{ name: 'web', ports: [{ containerPort: 80, protocol: 'TCP' }], terminationMessagePath: '/dev/termination-log' }], strategic, path);
    expect(merged).toEqual([{ name: 'web', ports: [{ containerPort: 80, protocol: 'TCP' }], terminationMessagePath: '/dev/termination-log' }]);
  });

  it('replaces atomic lists whole (args, tolerations) and every list of a custom resource', () => {
    expect(threeWayMerge(['a'], ['b'], ['a', 'c'], strategic, ['spec', 'containers', 0, 'args'])).toEqual(['b']);
    expect(threeWayMerge([], [{ name: 'x' }], [{ name: 'y' }], { strategic: false }, ['spec', 'containers'])).toEqual([{ name: 'x' }]);
  });
});
