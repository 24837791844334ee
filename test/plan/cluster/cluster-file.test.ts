import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadClusterModel } from '../../../src/run/load-cluster.js';
import { clusterFileModel, toUnits } from '../../../src/plan/cluster/index.js';
import { repoRoot } from '../../helpers/shared.js';
import { resourcesOf } from '../schedule/helpers.js';
import { defined, itemAt } from '../../helpers/item-at.js';

const schema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas/cluster-file.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false }).compile(schema);

function modelOf(yaml: string) {
  return clusterFileModel(itemAt(resourcesOf(yaml, 'cluster.yaml').items, 0));
}

describe('the drydock cluster file', () => {
  it('stamps out counted nodes with their labels, taints, allocatable and reserved usage', async () => {
    const { model, diagnostics } = await loadClusterModel([path.join(repoRoot, 'fixtures/clusters/cluster.yaml')], { kubernetesVersion: '1.36' });
    expect(diagnostics).toEqual([]);
    expect(model!.nodes.map((n) => n.name)).toEqual(['general-a-1', 'general-a-2', 'general-b-1', 'general-b-2', 'gpu']);
    const gpu = itemAt(model!.nodes, 4);
    expect(gpu.labels).toMatchObject({ 'kubernetes.io/hostname': 'gpu', accelerator: 'nvidia-a10' });
    expect(gpu.taints).toEqual([{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }]);
    expect(toUnits('nvidia.com/gpu', defined(gpu.allocatable['nvidia.com/gpu'], 'allocatable nvidia.com/gpu'))).toBe(1);
    expect(model!.runningPods.map((p) => p.node)).toEqual(['general-a-1', 'general-a-2', 'general-b-1', 'general-b-2']);
    expect(model!.describedAs).toBe('cluster file "prod" (5 nodes)');
  });

  it('is a usage error beside a kind config, naming what was found in words', async () => {
    const files = ['fixtures/clusters/cluster.yaml', 'fixtures/clusters/kind-3-nodes.yaml'];
    await expect(loadClusterModel(files, { kubernetesVersion: '1.36', cwd: repoRoot })).rejects.toMatchObject({
      code: 'usage',
      message: `--cluster: give one kind config, one drydock cluster file, or a kubectl get nodes dump (found 1 kind config, 1 cluster file and 0 Nodes in ${files.join(', ')})`,
    });
  });

  it('is valid against schemas/cluster-file.schema.json', () => {
    const object = itemAt(resourcesOf(readFileSync(path.join(repoRoot, 'fixtures/clusters/cluster.yaml'), 'utf8')).items, 0).object;
    expect(validate(object), JSON.stringify(validate.errors)).toBe(true);
  });

  it('defaults pods to 110', () => {
    const { model } = modelOf('apiVersion: drydock.dev/v1\nkind: Cluster\nnodes:\n- name: a\n  allocatable: {cpu: "2"}\n');
    expect(toUnits('pods', defined(itemAt(model!.nodes, 0).allocatable.pods, 'allocatable pods'))).toBe(110);
  });

  const invalid: [string, string, number, RegExp][] = [
    ['an unknown node field', 'nodes:\n- name: a\n  cpus: 4\n', 5, /unknown field "cpus"/],
    ['a bad quantity', 'nodes:\n- name: a\n  allocatable: {memory: 16GB}\n', 5, /memory: "16GB" is not a quantity/],
    ['a bad taint effect', 'nodes:\n- name: a\n  taints: [{key: k, effect: NoScheduling}]\n', 5, /effect must be/],
    ['a zero count', 'nodes:\n- name: a\n  count: 0\n', 5, /count must be/],
    ['no nodes', 'nodes: []\n', 3, /non-empty list/],
  ];
  for (const [name, body, line, message] of invalid) {
    it(`reports ${name} at its line, as the schema does`, () => {
      const yaml = `apiVersion: drydock.dev/v1\nkind: Cluster\n${body}`;
      const { model, diagnostics } = modelOf(yaml);
      expect(model).toBeUndefined();
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ ruleId: 'input/cluster-invalid', severity: 'error' });
      expect(itemAt(diagnostics, 0).message).toMatch(message);
      expect(itemAt(diagnostics, 0).range.start.line).toBe(line);
      expect(validate(itemAt(resourcesOf(yaml).items, 0).object)).toBe(false);
    });
  }
});
