import { describe, expect, it } from 'vitest';
import { schedulePods, tolerates } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

// planner-simulation.md §1.4 TaintToleration, and the examples of the taints-and-tolerations docs
describe('tolerates', () => {
  const taint = { key: 'k', value: 'v', effect: 'NoSchedule' as const };
  it('lets {operator: Exists} tolerate everything', () => {
    expect(tolerates({ operator: 'Exists' }, taint)).toBe(true);
  });
  it('lets {key, operator: Exists} tolerate any value and effect of that key', () => {
    expect(tolerates({ key: 'k', operator: 'Exists' }, { key: 'k', value: 'x', effect: 'NoExecute' })).toBe(true);
    expect(tolerates({ key: 'other', operator: 'Exists' }, taint)).toBe(false);
  });
  it('compares values with Equal, the default operator', () => {
    expect(tolerates({ key: 'k', value: 'v' }, taint)).toBe(true);
    expect(tolerates({ key: 'k', value: 'w', operator: 'Equal' }, taint)).toBe(false);
    expect(tolerates({ key: 'k' }, { key: 'k', effect: 'NoSchedule' })).toBe(true);
  });
  it('requires the effect to match when the toleration names one', () => {
    expect(tolerates({ key: 'k', value: 'v', effect: 'NoSchedule' }, { ...taint, effect: 'NoExecute' })).toBe(false);
  });
  it('does not treat an empty key with Equal as a wildcard', () => {
    expect(tolerates({ value: 'v' }, taint)).toBe(false);
  });
});

describe('the TaintToleration filter', () => {
  it('never filters on PreferNoSchedule, but scores it lower', () => {
    const nodes = [node('a', { taints: [{ key: 'spot', effect: 'PreferNoSchedule' }] }), node('b')];
    const result = schedulePods([pod('p', { containers: [{ name: 'c' }] })], cluster(nodes), { kubernetesVersion: '1.35' });
    expect(itemAt(result.placements, 0).node).toBe('b');
    const onlyTainted = schedulePods([pod('p', { containers: [{ name: 'c' }] })], cluster([itemAt(nodes, 0)]), { kubernetesVersion: '1.35' });
    expect(itemAt(onlyTainted.placements, 0).node).toBe('a');
  });

  it('names the first untolerated taint before 1.35', () => {
    const nodes = [node('a', { taints: [{ key: 'tolerated', effect: 'NoSchedule' }, { key: 'gpu', value: 'true', effect: 'NoExecute' }] })];
    const spec = { containers: [{ name: 'c' }], tolerations: [{ key: 'tolerated', operator: 'Exists' }] };
    const result = schedulePods([pod('p', spec)], cluster(nodes), { kubernetesVersion: '1.34' });
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 node\(s\) had untolerated taint \{gpu: true\}\. /);
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'tolerations']);
    expect(itemAt(result.pending, 0).hint).toContain('(gpu=true:NoExecute)');
  });
});
