import { loadText } from '../../../src/load/load-text.js';
import type { ClusterModel, ModelNode } from '../../../src/plan/cluster/index.js';
import { expandPods } from '../../../src/plan/pods/index.js';
import type { SimulatedPod } from '../../../src/plan/simulated-pod.js';
import { parseQuantity, ResourceSet, type JsonObject } from '../../../src/resources/index.js';

/** Resources from inline YAML, with positions. */
export function resourcesOf(yaml: string, file = 'test.yaml'): ResourceSet {
  const loaded = loadText(yaml, file, 'yaml', { keepNonManifests: true });
  if (loaded.diagnostics.some((d) => d.severity === 'error')) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return new ResourceSet(loaded.resources);
}

/** A node with `cpu`, `memory` and 110 pods allocatable (strings as in a manifest). */
export function node(name: string, options: { cpu?: string; memory?: string; pods?: string; labels?: Record<string, string>; taints?: ModelNode['taints']; unschedulable?: boolean; extra?: Record<string, string> } = {}): ModelNode {
  const allocatable: ModelNode['allocatable'] = {};
  const amounts = { cpu: options.cpu ?? '4', memory: options.memory ?? '8Gi', pods: options.pods ?? '110', ...options.extra };
  for (const [key, value] of Object.entries(amounts)) allocatable[key] = parseQuantity(value)!;
  return {
    name,
    labels: { 'kubernetes.io/hostname': name, ...options.labels },
    taints: options.taints ?? [],
    allocatable,
    unschedulable: options.unschedulable ?? false,
    ready: true,
  };
}

export function cluster(nodes: ModelNode[], runningPods: SimulatedPod[] = []): ClusterModel {
  return { nodes, runningPods, describedAs: 'test cluster' };
}

/** A bare Pod with `spec`, named `name`, in `default`. */
export function pod(name: string, spec: JsonObject, labels: Record<string, string> = {}, namespace = 'default'): SimulatedPod {
  return { name, namespace, labels, spec, owner: { apiVersion: 'v1', kind: 'Pod', name, namespace }, status: 'Unsimulated' };
}

/** The Pods of inline YAML workloads. */
export function podsOf(yaml: string, nodes?: ModelNode[]): { set: ResourceSet; pods: SimulatedPod[] } {
  const set = resourcesOf(yaml);
  return { set, pods: expandPods(set, { nodes, defaultNamespace: 'default' }) };
}
