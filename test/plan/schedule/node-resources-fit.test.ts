import { describe, expect, it } from 'vitest';
import { podRequests, schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const cpu = (amount: string) => ({ resources: { requests: { cpu: amount } } });

// planner-simulation.md §1.4 NodeResourcesFit and resource.PodRequests
describe('effective Pod requests', () => {
  it('follows the worked example: init a (2), sidecar s (500m), init b (1), containers 1 + 1 = 2.5 CPU', () => {
    const spec = {
      initContainers: [{ name: 'a', ...cpu('2') }, { name: 's', restartPolicy: 'Always', ...cpu('500m') }, { name: 'b', ...cpu('1') }],
      containers: [{ name: 'x', ...cpu('1') }, { name: 'y', ...cpu('1') }],
    };
    expect(podRequests(spec).get('cpu')).toBe(2500);
    const withoutSidecar = { ...spec, initContainers: [spec.initContainers[0], { ...spec.initContainers[1], restartPolicy: undefined }, spec.initContainers[2]] };
    expect(podRequests(withoutSidecar).get('cpu')).toBe(2000);
  });

  it('takes the limit as the request when only a limit is set, and adds overhead', () => {
    const spec = { overhead: { memory: '120Mi' }, containers: [{ name: 'c', resources: { limits: { memory: '1Gi', cpu: '1' }, requests: { cpu: '250m' } } }] };
    const requests = podRequests(spec);
    expect(requests.get('memory')).toBe(1024 * 2 ** 20 + 120 * 2 ** 20);
    expect(requests.get('cpu')).toBe(250);
  });

  it('rounds cpu up to whole millicores', () => {
    expect(podRequests({ containers: [{ name: 'c', ...cpu('0.0001') }] }).get('cpu')).toBe(1);
  });
});

describe('the NodeResourcesFit filter', () => {
  const run = (pods: ReturnType<typeof pod>[], nodes = [node('a', { cpu: '2', memory: '1Gi', pods: '3' })]) => schedulePods(pods, cluster(nodes), { kubernetesVersion: '1.36' });

  it('counts Pods against allocatable pods even without requests', () => {
    const result = run([1, 2, 3, 4].map((i) => pod(`p${i}`, { containers: [{ name: 'c' }] })));
    expect(result.placements).toHaveLength(3);
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 Too many pods\. /);
  });

  it('reports every short resource, extended ones by name', () => {
    const spec = { containers: [{ name: 'c', resources: { requests: { cpu: '3', memory: '2Gi', 'nvidia.com/gpu': '1' }, limits: { 'nvidia.com/gpu': '1' } } }] };
    const result = run([pod('p', spec)]);
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory, 1 Insufficient nvidia.com\/gpu\. /);
  });

  it('fills a node with what earlier Pods requested', () => {
    const result = run([pod('p1', { containers: [{ name: 'c', ...cpu('1500m') }] }), pod('p2', { containers: [{ name: 'c', ...cpu('600m') }] })]);
    expect(result.placements.map((p) => p.pod)).toEqual(['p1']);
    expect(itemAt(result.pending, 0).hint).toContain('requests 600m cpu but no node has more than 500m free');
    expect(itemAt(result.nodes, 0).requested).toMatchObject({ cpu: '1500m', memory: '0', pods: '1' });
  });

  it('lets an init container larger than the node fail the Pod', () => {
    const spec = { initContainers: [{ name: 'i', ...cpu('3') }], containers: [{ name: 'c', ...cpu('1') }] };
    expect(itemAt(run([pod('p', spec)]).pending, 0).path).toEqual(['spec', 'initContainers', 0, 'resources', 'requests', 'cpu']);
  });
});
