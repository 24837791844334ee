import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const spread = (maxSkew: number, extra: Record<string, unknown> = {}) => ({
  containers: [{ name: 'c' }],
  topologySpreadConstraints: [{ maxSkew, topologyKey: 'zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app: 'web' } }, ...extra }],
});
const zones = [node('a1', { labels: { zone: 'a' } }), node('b1', { labels: { zone: 'b' } }), node('c1', { labels: { zone: 'c' } })];
const existing = (name: string, on: string) => ({ ...pod(name, { containers: [{ name: 'c' }] }, { app: 'web' }), node: on, status: 'Scheduled' as const });

// planner-simulation.md §1.4 PodTopologySpread, worked example: counts a=2, b=1, c=1, maxSkew 1
describe('pod topology spread', () => {
  const running = [existing('r1', 'a1'), existing('r2', 'a1'), existing('r3', 'b1'), existing('r4', 'c1')];

  it('rejects the zone that would exceed maxSkew (2 + 1 - 1 > 1) and allows b and c', () => {
    const result = schedulePods([pod('new', spread(1), { app: 'web' })], cluster(zones, running), { kubernetesVersion: '1.36' });
    expect(itemAt(result.placements, 0).node).toBe('b1');
    const pinned = { ...spread(1, { nodeAffinityPolicy: 'Ignore' }), nodeSelector: { zone: 'a' } };
    const stuck = schedulePods([pod('new', pinned, { app: 'web' })], cluster(zones, running), { kubernetesVersion: '1.36' });
    expect(itemAt(stuck.pending, 0).message).toMatch(/^0\/3 nodes are available: 1 node\(s\) didn't match pod topology spread constraints, 2 node\(s\) didn't match Pod's node affinity\/selector\. /);
    expect(itemAt(stuck.pending, 0).path).toEqual(['spec', 'nodeSelector']);
  });

  it('counts only the domains the Pod may use under nodeAffinityPolicy: Honor (the default)', () => {
    // zone a is the only eligible domain, so the global minimum is its own count: 2 + 1 - 2 <= 1
    const pinned = { ...spread(1), nodeSelector: { zone: 'a' } };
    const result = schedulePods([pod('new', pinned, { app: 'web' })], cluster(zones, running), { kubernetesVersion: '1.36' });
    expect(itemAt(result.placements, 0).node).toBe('a1');
  });

  it('spreads replicas evenly and reports the skew reason when no domain is left', () => {
    const replicas = [0, 1, 2, 3].map((i) => pod(`web-${i}`, spread(1, { nodeAffinityPolicy: 'Ignore' }), { app: 'web' }));
    const twoZonesOneFull = [itemAt(zones, 0), node('b1', { labels: { zone: 'b' }, pods: '1' })];
    const result = schedulePods(replicas, cluster(twoZonesOneFull), { kubernetesVersion: '1.36' });
    // web-2 fits zone a again (counts 1 and 1); web-3 would make a 3 against b's 1, and b is full
    expect(result.placements.map((p) => p.node)).toEqual(['a1', 'b1', 'a1']);
    expect(result.pending.map((p) => p.pod)).toEqual(['web-3']);
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/2 nodes are available: 1 Too many pods, 1 node\(s\) didn't match pod topology spread constraints\. /);
  });

  it('fails nodes without the topology label as missing the required label', () => {
    const result = schedulePods([pod('p', spread(1), { app: 'web' })], cluster([node('plain')]), { kubernetesVersion: '1.36' });
    expect(itemAt(result.pending, 0).message).toMatch(/1 node\(s\) didn't match pod topology spread constraints \(missing required label\)\. .*1 Preemption is not helpful/);
  });

  it('counts only the same revision with matchLabelKeys: [pod-template-hash]', () => {
    const old = (name: string) => ({ ...existing(name, 'a1'), labels: { app: 'web', 'pod-template-hash': 'old' } });
    const running = [old('o1'), old('o2')];
    const labels = { app: 'web', 'pod-template-hash': 'new' };
    const inZoneA = (extra: Record<string, unknown>) => ({ ...spread(1, { nodeAffinityPolicy: 'Ignore', ...extra }), nodeSelector: { zone: 'a' } });
    const plain = schedulePods([pod('new', inZoneA({}), labels)], cluster(zones, running), { kubernetesVersion: '1.36' });
    expect(itemAt(plain.pending, 0).message).toMatch(/1 node\(s\) didn't match pod topology spread constraints/);
    const perRevision = schedulePods([pod('new', inZoneA({ matchLabelKeys: ['pod-template-hash'] }), labels)], cluster(zones, running), { kubernetesVersion: '1.36' });
    expect(itemAt(perRevision.placements, 0).node).toBe('a1');
  });

  it('ignores ScheduleAnyway constraints when filtering', () => {
    const anyway = { containers: [{ name: 'c' }], topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } }] };
    const result = schedulePods([pod('p', anyway, { app: 'web' })], cluster([node('plain')]), { kubernetesVersion: '1.36' });
    expect(result.placements).toHaveLength(1);
  });
});
