import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClusterModel } from '../../../src/run/load-cluster.js';
import { kindClusterModel, parseNodeCapacity, toUnits } from '../../../src/plan/cluster/index.js';
import { DrydockError } from '../../../src/resources/index.js';
import { repoRoot } from '../../helpers/shared.js';
import { resourcesOf } from '../schedule/helpers.js';
import { defined, itemAt } from '../../helpers/item-at.js';

function kindModel(yaml: string, nodeCapacity?: string) {
  const loaded = resourcesOf(`kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n${yaml}`);
  return kindClusterModel(itemAt(loaded.items, 0), { nodeCapacity });
}

// planner-simulation.md §4.1–4.2
describe('a kind cluster config', () => {
  it('names nodes as kind does and taints the control plane when workers exist', async () => {
    const { model, diagnostics } = await loadClusterModel([path.join(repoRoot, 'fixtures/clusters/kind-3-nodes.yaml')], { kubernetesVersion: '1.36' });
    expect(diagnostics).toEqual([]);
    expect(model!.nodes.map((n) => n.name)).toEqual(['kind-control-plane', 'kind-worker', 'kind-worker2']);
    expect(itemAt(model!.nodes, 0).taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(itemAt(model!.nodes, 0).labels).toMatchObject({ 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/hostname': 'kind-control-plane', 'kubernetes.io/os': 'linux' });
    expect(itemAt(model!.nodes, 1).taints).toEqual([]);
    expect(itemAt(model!.nodes, 1).labels).not.toHaveProperty('node-role.kubernetes.io/control-plane');
  });

  it('reports seed 000\'s mapping of repeated role keys as duplicate keys, with no model', async () => {
    const { model, diagnostics } = await loadClusterModel(['fixtures/clusters/kind-duplicate-role.yaml'], { kubernetesVersion: '1.36', cwd: repoRoot });
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([['yaml/duplicate-key', 6], ['yaml/duplicate-key', 7]]);
  });

  it('reports the same in the seed\'s Markdown notes, at the lines of the .md file', async () => {
    const { model, diagnostics } = await loadClusterModel(['fixtures/clusters/kind-notes.md'], { kubernetesVersion: '1.36', cwd: repoRoot });
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.ruleId, d.range.file, d.range.start.line, d.range.start.column])).toEqual([
      ['yaml/duplicate-key', 'fixtures/clusters/kind-notes.md', 21, 3],
      ['yaml/duplicate-key', 'fixtures/clusters/kind-notes.md', 22, 3],
    ]);
  });

  it('reports nodes given as a mapping even without duplicate keys', () => {
    const { model, diagnostics } = kindModel('nodes:\n  role: worker\n');
    expect(model).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'input/cluster-invalid', range: { start: { line: 3 } } });
  });

  it('reports an unknown role at its line', () => {
    const { model, diagnostics } = kindModel('nodes:\n- role: control-plane\n- role: workers\n');
    expect(model).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ message: 'role must be control-plane or worker, not "workers"', range: { start: { line: 5 } } });
  });

  it('makes one untainted control plane by default', () => {
    const { model } = kindModel('name: dev\n');
    expect(model!.nodes).toHaveLength(1);
    expect(model!.nodes[0]).toMatchObject({ name: 'dev-control-plane', taints: [] });
    expect(itemAt(model!.nodes, 0).labels).not.toHaveProperty('node.kubernetes.io/exclude-from-external-load-balancers');
  });

  it('keeps the taint on every control plane of an HA cluster without workers', () => {
    const { model } = kindModel('nodes:\n- role: control-plane\n- role: control-plane\n');
    expect(model!.nodes.map((n) => [n.name, n.taints.length])).toEqual([['kind-control-plane', 1], ['kind-control-plane2', 1]]);
  });

  it('reads labels, and node-labels, register-with-taints and maxPods from kubeadm patches', () => {
    const { model } = kindModel(`kubeadmConfigPatches:
- |
  kind: KubeletConfiguration
  maxPods: 40
nodes:
- role: control-plane
- role: worker
  labels: {tier: backend}
  kubeadmConfigPatches:
  - |
    kind: JoinConfiguration
    nodeRegistration:
      kubeletExtraArgs:
        node-labels: "gpu=true,zone=a"
        register-with-taints: "dedicated=gpu:NoSchedule"
- role: worker
  kubeadmConfigPatches:
  - |
    kind: JoinConfiguration
    apiVersion: kubeadm.k8s.io/v1beta4
    nodeRegistration:
      kubeletExtraArgs:
      - name: node-labels
        value: "pool=batch"
      taints:
      - key: batch
        value: "true"
        effect: NoExecute
`);
    const worker = itemAt(model!.nodes, 1);
    expect(worker.labels).toMatchObject({ tier: 'backend', gpu: 'true', zone: 'a' });
    expect(worker.taints).toEqual([{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
    expect(toUnits('pods', defined(worker.allocatable.pods, 'allocatable pods'))).toBe(40);
    // kubeadm v1beta4's list of {name, value}, and nodeRegistration.taints
    expect(itemAt(model!.nodes, 2).labels.pool).toBe('batch');
    expect(itemAt(model!.nodes, 2).taints).toEqual([{ key: 'batch', value: 'true', effect: 'NoExecute' }]);
  });

  it('gives each node the --node-capacity, else the documented default', () => {
    expect(toUnits('cpu', defined(itemAt(kindModel('', 'cpu=4,memory=8Gi').model!.nodes, 0).allocatable.cpu, 'allocatable cpu'))).toBe(4000);
    const defaults = itemAt(kindModel('').model!.nodes, 0).allocatable;
    expect([toUnits('cpu', defined(defaults.cpu, 'allocatable cpu')), toUnits('memory', defined(defaults.memory, 'allocatable memory')), toUnits('pods', defined(defaults.pods, 'allocatable pods'))]).toEqual([8000, 16 * 2 ** 30, 110]);
  });

  it('rejects a malformed --node-capacity as a usage error', () => {
    expect(() => parseNodeCapacity('cpu:4')).toThrow(DrydockError);
    expect(() => parseNodeCapacity('memory=8GB')).toThrow(/memory=8GB/);
  });

  it('counts kind\'s system Pods on the nodes', () => {
    const { model } = kindModel('nodes:\n- role: control-plane\n- role: worker\n');
    expect(model!.runningPods.filter((p) => p.node === 'kind-worker').map((p) => p.name)).toEqual(['kindnet-kind-worker']);
    expect(model!.describedAs).toBe('kind cluster "kind" (2 nodes, each 8 CPU / 16Gi memory; kind\'s system Pods estimated)');
  });
});
