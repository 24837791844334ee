import { isObject, labelsOf, plural, valueAt, type Diagnostic, type Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { clusterDiagnostic } from './cluster-diagnostic.js';
import type { ClusterModel, ModelNode } from './cluster-model.js';
import { fixedPod } from './fixed-pod.js';
import { quantitiesAt, taintsAt } from './nodes-dump.js';

export const clusterFileApiVersion = 'drydock.dev/v1';

const topLevelFields = new Set(['apiVersion', 'kind', 'metadata', 'nodes']);
const nodeFields = new Set(['name', 'count', 'labels', 'taints', 'unschedulable', 'allocatable', 'reserved']);

/** Whether a resource is a drydock cluster file (`apiVersion: drydock.dev/v1`, `kind: Cluster`). */
export function isClusterFile(resource: Resource): boolean {
  return resource.apiVersion === clusterFileApiVersion && resource.kind === 'Cluster';
}

/**
 * The model a drydock cluster file describes (format in docs/scheduling.md and
 * schemas/cluster-file.schema.json). A node with `count: N` stands for N identical nodes named
 * `<name>-1` … `<name>-N`; `reserved` is usage already on each node.
 */
export function clusterFileModel(resource: Resource): { model?: ClusterModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  for (const key of Object.keys(resource.object)) {
    if (!topLevelFields.has(key)) diagnostics.push(clusterDiagnostic(resource, [key], `unknown field "${key}" (a cluster file has apiVersion, kind, metadata, nodes)`));
  }
  const entries = resource.object.nodes;
  if (!Array.isArray(entries) || entries.length === 0) {
    return { diagnostics: [...diagnostics, clusterDiagnostic(resource, ['nodes'], 'nodes must be a non-empty list of nodes')] };
  }
  const nodes: ModelNode[] = [];
  const runningPods: SimulatedPod[] = [];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const path = ['nodes', index];
    if (!isObject(entry)) {
      diagnostics.push(clusterDiagnostic(resource, path, 'each node is a mapping with at least a name'));
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!nodeFields.has(key)) diagnostics.push(clusterDiagnostic(resource, [...path, key], `unknown field "${key}" (a node has ${[...nodeFields].join(', ')})`));
    }
    if (typeof entry.name !== 'string' || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(entry.name)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, 'name'], 'name must be a DNS subdomain (lower-case letters, digits, - and .)'));
      return;
    }
    const count = entry.count;
    if (count !== undefined && !(typeof count === 'number' && Number.isInteger(count) && count >= 1 && count <= 10000)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, 'count'], 'count must be a whole number from 1 to 10000'));
      return;
    }
    if (entry.unschedulable !== undefined && typeof entry.unschedulable !== 'boolean') {
      diagnostics.push(clusterDiagnostic(resource, [...path, 'unschedulable'], 'unschedulable must be true or false'));
    }
    const allocatable = { pods: { mantissa: 110n, exponent: 0 }, ...quantitiesAt(resource, [...path, 'allocatable'], diagnostics) };
    const reserved = quantitiesAt(resource, [...path, 'reserved'], diagnostics);
    const taints = taintsAt(resource, [...path, 'taints'], diagnostics);
    const names = count === undefined ? [entry.name] : Array.from({ length: count }, (_, i) => `${entry.name}-${i + 1}`);
    for (const name of names) {
      if (seen.has(name)) diagnostics.push(clusterDiagnostic(resource, [...path, 'name'], `node "${name}" is defined twice`));
      seen.add(name);
      nodes.push({
        name,
        labels: { 'kubernetes.io/hostname': name, ...labelsOf(entry.labels) },
        taints: taints.map((t) => ({ ...t })),
        allocatable: { ...allocatable },
        unschedulable: entry.unschedulable === true,
        ready: true,
      });
      const reservedText = rawQuantities(valueAt(entry, ['reserved']));
      if (Object.keys(reserved).length > 0) runningPods.push(fixedPod(`reserved-${name}`, 'kube-system', name, reservedText));
    }
  });
  if (diagnostics.length > 0) return { diagnostics };
  const title = isObject(resource.object.metadata) && typeof resource.object.metadata.name === 'string' ? `"${resource.object.metadata.name}" ` : '';
  return { model: { nodes, runningPods, describedAs: `cluster file ${title}(${plural(nodes.length, 'node', 'nodes')})` }, diagnostics };
}

function rawQuantities(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isObject(value)) for (const [name, amount] of Object.entries(value)) out[name] = String(amount);
  return out;
}
