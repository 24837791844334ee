import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const antiSelf = (app: string) => ({
  containers: [{ name: 'c' }],
  affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app } } }] } },
});
const affineTo = (app: string, topologyKey = 'zone') => ({
  containers: [{ name: 'c' }],
  affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey, labelSelector: { matchLabels: { app } } }] } },
});
const nodes = [node('a', { labels: { zone: 'z1' } }), node('b', { labels: { zone: 'z2' } })];

// planner-simulation.md §1.4 InterPodAffinity
describe('inter-pod affinity', () => {
  it('runs at most one replica per node with anti-affinity on the hostname', () => {
    const replicas = [0, 1, 2].map((i) => pod(`web-${i}`, antiSelf('web'), { app: 'web' }));
    const result = schedulePods(replicas, cluster(nodes), { kubernetesVersion: '1.36' });
    expect(result.placements.map((p) => p.node)).toEqual(['a', 'b']);
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: 2 node\(s\) didn't match pod anti-affinity rules\. .*2 No preemption victims found for incoming pod\.$/);
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'affinity', 'podAntiAffinity']);
  });

  it('blocks a Pod that an existing Pod\'s anti-affinity selects (symmetry)', () => {
    const guard = pod('guard', antiSelf('noisy'), { app: 'guard' });
    const noisy = pod('noisy', { containers: [{ name: 'c' }] }, { app: 'noisy' });
    const result = schedulePods([guard, noisy], cluster([itemAt(nodes, 0)]), { kubernetesVersion: '1.36' });
    expect(itemAt(result.pending, 0).message).toMatch(/1 node\(s\) didn't satisfy existing pods anti-affinity rules\./);
  });

  it('lets the first Pod of a self-affine group start, then keeps the group together', () => {
    const group = [0, 1].map((i) => pod(`cache-${i}`, affineTo('cache'), { app: 'cache' }));
    const result = schedulePods(group, cluster(nodes), { kubernetesVersion: '1.36' });
    expect(result.placements.map((p) => p.node)).toEqual(['a', 'a']);
  });

  it('fails affinity to Pods that run nowhere, as unresolvable', () => {
    const result = schedulePods([pod('p', affineTo('db'), { app: 'web' })], cluster(nodes), { kubernetesVersion: '1.36' });
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: 2 node\(s\) didn't match pod affinity rules\. .*2 Preemption is not helpful for scheduling\.$/);
  });

  it('only counts Pods in the term\'s namespaces', () => {
    const other = pod('db', { containers: [{ name: 'c' }] }, { app: 'db' }, 'other');
    const web = pod('web', affineTo('db'), { app: 'web' });
    expect(schedulePods([other, web], cluster(nodes), { kubernetesVersion: '1.36' }).pending).toHaveLength(1);
    const anywhere = pod('web', { ...affineTo('db'), affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'zone', namespaceSelector: {}, labelSelector: { matchLabels: { app: 'db' } } }] } } }, { app: 'web' });
    const result = schedulePods([{ ...other, status: 'Unsimulated' }, anywhere], cluster(nodes), { kubernetesVersion: '1.36' });
    expect(result.pending).toEqual([]);
    expect(itemAt(result.placements, 1).node).toBe(itemAt(result.placements, 0).node);
  });
});
