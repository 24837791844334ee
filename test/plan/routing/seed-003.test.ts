import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRoute, routeIngresses, routeServices } from '../../../src/plan/routing/index.js';
import { planRollout } from '../../../src/plan/rollout/index.js';
import { markdownYamlBlocks } from '../../../src/load/markdown-blocks.js';
import { ResourceSet, type JsonObject } from '../../../src/resources/index.js';
import { makeResources } from '../../helpers/make-resource.js';
import { hasSeeds, seedsDir } from '../../helpers/shared.js';
import { simulatedPodsOf } from './routing-fixtures.js';
import { itemAt } from '../../helpers/item-at.js';

// seed 003 is a Kubernetes tutorial (Markdown) whose YAML blocks build an echo app and Prometheus
function seedSet(): ResourceSet {
  const file = readdirSync(seedsDir).find((name) => name.startsWith('003_'));
  if (!file) throw new Error('seed 003 is missing');
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const resources = markdownYamlBlocks(text).flatMap((block) => makeResources(block.text, file)).filter((r) => r.kind !== 'Cluster');
  return new ResourceSet(resources);
}

describe.skipIf(!hasSeeds)('routing and rollouts on the seed 003 stack', () => {
  const set = hasSeeds ? seedSet() : new ResourceSet([]);
  const options = { defaultNamespace: 'default' };
  const services = routeServices(set, simulatedPodsOf(set, [], 2), options);

  it('routes every Service of the tutorial to its Pods, named ports resolved', () => {
    const summary = services.map((s) => [s.name, s.state, s.ports.map((p) => `${p.port}→${p.endpoints.map((e) => `${e.pod.name}:${e.port}`).join(',')}`)]);
    expect(summary).toEqual([
      ['bootcamp-svc', 'routes', ['80→bootcamp-0:8080,bootcamp-1:8080']],
      ['node-exporter', 'routes', ['9100→node-exporter-0:9100,node-exporter-1:9100']],
      ['prometheus', 'routes', ['9090→prometheus-0:9090']],
    ]);
    expect(services.flatMap((s) => s.findings)).toEqual([]);
  });

  it('has no Ingress, and says so for a request', () => {
    const table = routeIngresses(set, services, options);
    expect(explainRoute('http://bootcamp.example/', table).reason).toBe('The input has no Ingress rules.');
  });

  it('creates the bootcamp Deployment as a scale-up from 0 and scales it on a replicas change', () => {
    const bootcamp = set.find('Deployment', 'bootcamp');
    if (!bootcamp) throw new Error('no bootcamp Deployment');
    expect(planRollout(undefined, bootcamp, { kubernetesVersion: '1.36' })?.steps.map((s) => s.action)).toEqual([
      'create ReplicaSet bootcamp-<hash>, scale 0 → 2',
      'wait for 2 new Pods to be available',
    ]);
    const before = structuredClone(bootcamp.object) as JsonObject & { spec: { replicas: number } };
    before.spec.replicas = 5;
    expect(planRollout(before, bootcamp, { kubernetesVersion: '1.36' })).toMatchObject({ strategy: 'Scale', steps: [{ action: 'scale the current ReplicaSet 5 → 2' }] });
  });

  it('rolls the node-exporter DaemonSet one node at a time', () => {
    const exporter = set.find('DaemonSet', 'node-exporter', 'default');
    if (!exporter) throw new Error('no node-exporter DaemonSet');
    const before = structuredClone(exporter.object) as JsonObject;
    itemAt((before as { spec: { template: { spec: { containers: { image: string }[] } } } }).spec.template.spec.containers, 0).image = 'prom/node-exporter:v1.3.0';
    const rollout = planRollout(before, exporter, { kubernetesVersion: '1.36', nodeCount: 2 });
    expect(rollout?.steps.map((s) => s.action)).toEqual([
      'delete the old Pod on node 1 and start the new one',
      'wait for 1 new Pod to be available',
      'delete the old Pod on node 2 and start the new one',
      'wait for 1 new Pod to be available',
    ]);
  });
});
