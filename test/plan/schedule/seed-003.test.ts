import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClusterModel } from '../../../src/run/load-cluster.js';
import { loadInputs } from '../../../src/load/index.js';
import { expandPods } from '../../../src/plan/pods/index.js';
import { schedulePods } from '../../../src/plan/schedule/index.js';
import { containersOf, ResourceSet, type KubernetesVersion } from '../../../src/resources/index.js';
import { repoRoot } from '../../helpers/shared.js';
import { firstItems, itemAt } from '../../helpers/item-at.js';

// The seed 003 tutorial: an echo-server Deployment and Service, node-exporter as a DaemonSet
// that tolerates the control-plane taint, and Prometheus, on kind with 1 control plane + 2 workers.
async function simulate(folder: string, options: { version?: KubernetesVersion; nodeCapacity?: string; extra?: (set: ResourceSet) => ResourceSet } = {}) {
  const kubernetesVersion = options.version ?? '1.35';
  const loaded = await loadClusterModel([path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml')], { kubernetesVersion, nodeCapacity: options.nodeCapacity });
  expect(loaded.diagnostics).toEqual([]);
  const model = loaded.model!;
  const inputs = await loadInputs([path.join(repoRoot, 'fixtures/plan', folder)], { cwd: repoRoot });
  let set = new ResourceSet(inputs.resources);
  if (options.extra) set = options.extra(set);
  const pods = expandPods(set, { nodes: model.nodes, defaultNamespace: 'default' });
  return { pods, result: schedulePods(pods, model, { kubernetesVersion, resources: set }) };
}

function where(result: ReturnType<typeof schedulePods>): Record<string, string> {
  return Object.fromEntries(result.placements.map((p) => [p.pod, p.node]));
}

describe('seed 003 on kind (1 control plane, 2 workers)', () => {
  it('places every Pod, with node-exporter on all three nodes', async () => {
    const { result, pods } = await simulate('seed-003');
    expect(result.pending).toEqual([]);
    expect(where(result)).toEqual({
      // replicas alternate between the equally empty workers (LeastAllocated), never the tainted control plane
      'bootcamp-0': 'kind-worker',
      'bootcamp-1': 'kind-worker2',
      'node-exporter-kind-control-plane': 'kind-control-plane',
      'node-exporter-kind-worker': 'kind-worker',
      'node-exporter-kind-worker2': 'kind-worker2',
      'prometheus-0': 'kind-worker',
    });
    expect(pods.every((p) => p.status === 'Scheduled' && p.node === where(result)[p.name])).toBe(true);
  });

  it('reports node usage including kind\'s system Pods', async () => {
    const { result } = await simulate('seed-003');
    const controlPlane = result.nodes.find((n) => n.name === 'kind-control-plane')!;
    // etcd 100m, apiserver 250m, controller-manager 200m, scheduler 100m, 2 × CoreDNS 100m, kindnet 100m
    expect(controlPlane.requested.cpu).toBe('950m');
    expect(controlPlane.allocatable).toMatchObject({ cpu: '8', memory: '16Gi', pods: '110' });
    expect(controlPlane.pods).toBe(8);
    expect(result.nodes.map((n) => n.name)).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
  });

  it('keeps node-exporter off the control plane without the toleration', async () => {
    const { result } = await simulate('seed-003-no-toleration');
    expect(result.placements.map((p) => p.node)).toEqual(['kind-worker', 'kind-worker2']);
    expect(result.pending).toEqual([]);
  });

  const tooLarge = (set: ResourceSet) => {
    const prometheus = set.find('Deployment', 'prometheus', 'default')!;
    const [container] = firstItems(containersOf(prometheus), 1);
    container.spec.resources = { requests: { cpu: '5' } };
    return set;
  };

  it('leaves a too-large request Pending with the scheduler\'s 1.35 message', async () => {
    const { result } = await simulate('seed-003', { nodeCapacity: 'cpu=4,memory=8Gi,pods=110', extra: tooLarge });
    expect(result.pending).toHaveLength(1);
    const [pending] = firstItems(result.pending, 1);
    expect(pending.pod).toBe('prometheus-0');
    expect(pending.message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
    expect(pending.path).toEqual(['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'cpu']);
    expect(pending.hint).toContain('resources.requests.cpu of container "prometheus"');
    expect(pending.source?.rangeOf(pending.path!).start.line).toBeGreaterThan(1);
  });

  it('words the same failure as 1.33 does', async () => {
    const { result } = await simulate('seed-003', { version: '1.33', nodeCapacity: 'cpu=4', extra: tooLarge });
    expect(itemAt(result.pending, 0).message).toBe(
      '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
    );
  });
});
