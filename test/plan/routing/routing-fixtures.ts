import { readFileSync } from 'node:fs';
import path from 'node:path';
import { namespaceOf, podLabelsOf, podSpecOf, ResourceSet, valueAt, type Resource } from '../../../src/resources/index.js';
import type { SimulatedPod } from '../../../src/plan/simulated-pod.js';
import { makeResources } from '../../helpers/make-resource.js';
import { repoRoot } from '../../helpers/shared.js';

/** The ResourceSet of a fixture file under fixtures/plan/. */
export function fixtureSet(relative: string): ResourceSet {
  const file = path.join(repoRoot, 'fixtures', 'plan', relative);
  return new ResourceSet(makeResources(readFileSync(file, 'utf8'), file));
}

/** The ResourceSet of inline YAML. */
export function yamlSet(text: string): ResourceSet {
  return new ResourceSet(makeResources(text));
}

/**
 * A stand-in for the scheduler's `expandPods` in routing tests: `spec.replicas` Pods per
 * Deployment/StatefulSet (StatefulSets named by ordinal), one per node of a DaemonSet, one per
 * bare Pod, all Unsimulated unless `pending` names them.
 */
export function simulatedPodsOf(set: ResourceSet, pending: readonly string[] = [], nodes = 1): SimulatedPod[] {
  return set.items.flatMap((resource) => podsOf(resource, pending, nodes));
}

function podsOf(resource: Resource, pending: readonly string[], nodes: number): SimulatedPod[] {
  const spec = podSpecOf(resource)?.spec;
  if (!spec || !['Deployment', 'StatefulSet', 'DaemonSet', 'Pod'].includes(resource.kind)) return [];
  const replicas = Number(valueAt(resource.object, ['spec', 'replicas']) ?? 1);
  const count = resource.kind === 'Pod' ? 1 : resource.kind === 'DaemonSet' ? nodes : replicas;
  const namespace = namespaceOf(resource);
  const labels = resource.kind === 'Pod' ? (valueAt(resource.object, ['metadata', 'labels']) as Record<string, string>) ?? {} : podLabelsOf(resource);
  return Array.from({ length: count }, (_, index) => {
    const name = resource.kind === 'Pod' ? resource.name : `${resource.name}-${index}`;
    const pod: SimulatedPod = {
      name,
      namespace,
      labels,
      spec,
      owner: { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, namespace },
      source: resource,
      status: pending.includes(name) ? 'Pending' : 'Unsimulated',
    };
    if (resource.kind === 'StatefulSet') pod.ordinal = index;
    return pod;
  });
}
