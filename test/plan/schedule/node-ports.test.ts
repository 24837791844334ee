import { describe, expect, it } from 'vitest';
import { schedulePods } from '../../../src/plan/schedule/index.js';
import { cluster, node, pod } from './helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const hostPort = (port: number, extra: Record<string, unknown> = {}) => ({ containers: [{ name: 'c', ports: [{ containerPort: 8080, hostPort: port, ...extra }] }] });
const run = (...specs: Record<string, unknown>[]) => schedulePods(specs.map((spec, i) => pod(`p${i}`, spec)), cluster([node('a')]), { kubernetesVersion: '1.36' });

// planner-simulation.md §1.4 NodePorts
describe('host ports', () => {
  it('collide on the same port and protocol', () => {
    const result = run(hostPort(80), hostPort(80));
    expect(itemAt(result.pending, 0).message).toMatch(/^0\/1 nodes are available: 1 node\(s\) didn't have free ports for the requested pod ports\. /);
    expect(itemAt(result.pending, 0).path).toEqual(['spec', 'containers', 0, 'ports', 0, 'hostPort']);
  });

  it('do not collide across protocols (TCP 80 and UDP 80)', () => {
    expect(run(hostPort(80), hostPort(80, { protocol: 'UDP' })).pending).toEqual([]);
  });

  it('do not collide on two different specific host IPs, but do with the wildcard', () => {
    expect(run(hostPort(80, { hostIP: '10.0.0.1' }), hostPort(80, { hostIP: '10.0.0.2' })).pending).toEqual([]);
    expect(run(hostPort(80, { hostIP: '10.0.0.1' }), hostPort(80)).pending).toHaveLength(1);
  });

  it('come from every container port under hostNetwork', () => {
    const hostNetwork = { hostNetwork: true, containers: [{ name: 'c', ports: [{ containerPort: 9100 }] }] };
    expect(run(hostNetwork, hostNetwork).pending).toHaveLength(1);
  });
});
