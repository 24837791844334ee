import { describe, expect, it } from 'vitest';
import { loadClusterModel } from '../../../src/run/load-cluster.js';
import { nodesFromDump, toUnits } from '../../../src/plan/cluster/index.js';
import { DrydockError } from '../../../src/resources/index.js';
import { repoRoot } from '../../helpers/shared.js';
import { resourcesOf } from '../schedule/helpers.js';
import { defined, firstItems } from '../../helpers/item-at.js';

// planner-simulation.md §4.3
describe('a kubectl get nodes dump', () => {
  it('reads labels, taints, cordons, allocatable and readiness, with running Pods from a pods dump', async () => {
    const { model, diagnostics } = await loadClusterModel(['fixtures/clusters/nodes-dump.yaml', 'fixtures/clusters/pods-dump.yaml'], { kubernetesVersion: '1.33', cwd: repoRoot });
    expect(diagnostics).toEqual([]);
    const [controlPlane, worker, cordoned, notReady] = firstItems(model!.nodes, 4);
    expect(controlPlane.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(toUnits('memory', defined(worker.allocatable.memory, 'allocatable memory'))).toBe(8025424 * 1024);
    expect(worker.labels['topology.kubernetes.io/zone']).toBe('zone-a');
    expect(cordoned.unschedulable).toBe(true);
    // NotReady without the lifecycle controller's taint: the model adds it
    expect(notReady).toMatchObject({ ready: false, taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }] });
    // the Succeeded Pod uses nothing; the running one is owned by its ReplicaSet
    expect(model!.runningPods.map((p) => [p.name, p.node, p.owner.kind])).toEqual([['api-7c9d8b6f5-x2k4p', 'dev-worker', 'ReplicaSet']]);
    expect(model!.describedAs).toBe('nodes dump (4 nodes), 1 running Pod');
  });

  it('reports a quantity that is not one, at its line', () => {
    const { diagnostics } = nodesFromDump(resourcesOf('apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\nstatus:\n  allocatable:\n    cpu: four\n').items);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'input/cluster-invalid', range: { start: { line: 6 } } });
  });

  it('refuses a --cluster with two kinds of model', async () => {
    await expect(loadClusterModel(['fixtures/clusters/nodes-dump.yaml', 'fixtures/clusters/kind-3-nodes.yaml'], { kubernetesVersion: '1.33', cwd: repoRoot })).rejects.toThrow(DrydockError);
  });
});
