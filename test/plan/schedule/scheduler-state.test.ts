import { describe, expect, it } from 'vitest';
import { SchedulerState, schedulePods } from '../../../src/plan/schedule/index.js';
import { feasibleNodesToFind } from '../../../src/plan/schedule/feasible-nodes.js';
import { cluster, node, pod, podsOf } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const cpu = (amount: string) => ({ containers: [{ name: 'c', resources: { requests: { cpu: amount } } }] });

describe('SchedulerState', () => {
  it('answers how many more Pods of a template fit, without keeping them', () => {
    const state = new SchedulerState(cluster([node('a', { cpu: '2' }), node('b', { cpu: '2' })]), { kubernetesVersion: '1.36' });
    const template = pod('web-0', cpu('700m'), { app: 'web' });
    expect(state.countFitting(template, 10)).toBe(4);
    expect(state.usage().map((n) => n.requested.cpu)).toEqual(['0', '0']);
    expect(state.canPlace(template)).toBe(true);
  });

  it('frees a removed Pod\'s requests', () => {
    const state = new SchedulerState(cluster([node('a', { cpu: '1' })]), { kubernetesVersion: '1.36' });
    const first = pod('p1', cpu('800m'));
    expect(state.place(first)).toEqual({ node: 'a' });
    expect(state.canPlace(pod('p2', cpu('800m')))).toBe(false);
    state.remove(first);
    expect(state.canPlace(pod('p2', cpu('800m')))).toBe(true);
  });

  it('counts running Pods of the model as usage', () => {
    const running = { ...pod('system', cpu('3500m')), node: 'a', status: 'Scheduled' as const };
    const result = schedulePods([pod('p', cpu('1'))], cluster([node('a')], [running]), { kubernetesVersion: '1.36' });
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\. /);
    expect(itemAt(result.nodes, 0).requested.cpu).toBe('3500m');
  });

  it('sets node and status on the given Pods', () => {
    const placed = pod('p', cpu('1'));
    const pending = pod('q', cpu('9'));
    schedulePods([placed, pending], cluster([node('a')]), { kubernetesVersion: '1.36' });
    expect(placed).toMatchObject({ status: 'Scheduled', node: 'a' });
    expect(pending.status).toBe('Pending');
  });

  it('evaluates every node below 100 nodes and a share of larger clusters, like kube-scheduler', () => {
    expect(feasibleNodesToFind(99)).toBe(99);
    expect(feasibleNodesToFind(1000)).toBe(420);
    expect(feasibleNodesToFind(5000)).toBe(500);
    expect(feasibleNodesToFind(150)).toBe(100);
  });
});

describe('Pods the scheduler does not place', () => {
  it('sends a Pod with spec.nodeName to that node, or reports the missing node', () => {
    const result = schedulePods([pod('p', { nodeName: 'b', containers: [{ name: 'c' }] }), pod('q', { nodeName: 'gone', containers: [{ name: 'c' }] })], cluster([node('a'), node('b')]), { kubernetesVersion: '1.36' });
    expect(result.placements).toMatchObject([{ pod: 'p', node: 'b' }]);
    expect(result.pending[0]).toMatchObject({ pod: 'q', reason: 'NodeName', path: ['spec', 'nodeName'] });
  });

  it('keeps a gated Pod out of scheduling', () => {
    const result = schedulePods([pod('p', { schedulingGates: [{ name: 'quota' }], containers: [{ name: 'c' }] })], cluster([node('a')]), { kubernetesVersion: '1.36' });
    expect(result.pending[0]).toMatchObject({ reason: 'SchedulingGated' });
  });

  it('does not create later StatefulSet ordinals while one is Pending (OrderedReady)', () => {
    const { set, pods } = podsOf(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 3
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      containers: [{name: db, image: postgres, resources: {requests: {cpu: "3"}}}]
`);
    const result = schedulePods(pods, cluster([node('a')]), { kubernetesVersion: '1.36', resources: set });
    expect(result.placements.map((p) => p.pod)).toEqual(['db-0']);
    expect(result.pending.map((p) => [p.pod, p.reason])).toEqual([['db-1', 'Unschedulable'], ['db-2', 'NotCreated']]);
  });

  it('reports a cluster without nodes', () => {
    expect(itemAt(schedulePods([pod('p', {})], cluster([]), { kubernetesVersion: '1.36' }).pending, 0).message).toBe('no nodes available to schedule pods');
  });
});

describe('DaemonSet Pods', () => {
  it('count the other nodes as narrowed away by NodeAffinity when theirs is full', () => {
    const nodes = [node('a', { cpu: '1' }), node('b'), node('c')];
    const { set, pods } = podsOf(`
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers: [{name: agent, image: agent, resources: {requests: {cpu: "2"}}}]
`, nodes);
    const result = schedulePods(pods, cluster(nodes), { kubernetesVersion: '1.36', resources: set });
    expect(result.placements.map((p) => p.node)).toEqual(['b', 'c']);
    expect(itemAt(result.pending, 0).message).toBe(
      "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
    );
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu']);
  });
});
