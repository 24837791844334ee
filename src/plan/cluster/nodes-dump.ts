import { isObject, labelsOf, parseQuantity, valueAt, type Diagnostic, type Quantity, type Resource } from '../../resources/index.js';
import { clusterDiagnostic } from './cluster-diagnostic.js';
import { isTaintEffect, type ModelNode, type Taint } from './cluster-model.js';

/**
 * Nodes from `kubectl get nodes -o yaml` (the loader has already expanded the List into Node
 * resources). A NotReady node without the lifecycle controller's taint gets
 * `node.kubernetes.io/not-ready:NoSchedule`, which is what the scheduler would see.
 */
export function nodesFromDump(resources: readonly Resource[]): { nodes: ModelNode[]; diagnostics: Diagnostic[] } {
  const nodes: ModelNode[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const resource of resources) {
    if (resource.name === '') {
      diagnostics.push(clusterDiagnostic(resource, ['metadata', 'name'], 'a Node needs metadata.name'));
      continue;
    }
    const allocatable = quantitiesAt(resource, ['status', 'allocatable'], diagnostics);
    const taints = taintsAt(resource, ['spec', 'taints'], diagnostics);
    const ready = readyCondition(resource);
    if (!ready && !taints.some((t) => t.key === 'node.kubernetes.io/not-ready')) {
      taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
    }
    nodes.push({
      name: resource.name,
      labels: { ...labelsOf(valueAt(resource.object, ['metadata', 'labels'])) },
      taints,
      allocatable,
      unschedulable: valueAt(resource.object, ['spec', 'unschedulable']) === true,
      ready,
    });
  }
  return { nodes, diagnostics };
}

function readyCondition(resource: Resource): boolean {
  const conditions = valueAt(resource.object, ['status', 'conditions']);
  if (!Array.isArray(conditions)) return true;
  const ready = conditions.find((c: unknown) => isObject(c) && c.type === 'Ready');
  return !isObject(ready) || ready.status === 'True';
}

/** A map of quantities (`allocatable`), with an error at each value that is not a quantity. */
export function quantitiesAt(resource: Resource, path: (string | number)[], diagnostics: Diagnostic[]): Record<string, Quantity> {
  const value = valueAt(resource.object, path);
  const out: Record<string, Quantity> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    diagnostics.push(clusterDiagnostic(resource, path, 'allocatable must map resource names to quantities'));
    return out;
  }
  for (const [name, amount] of Object.entries(value)) {
    const quantity = parseQuantity(amount);
    if (quantity && quantity.mantissa >= 0n) out[name] = quantity;
    else diagnostics.push(clusterDiagnostic(resource, [...path, name], `${name}: ${JSON.stringify(amount)} is not a quantity (e.g. 4, 500m, 16Gi)`));
  }
  return out;
}

/** A `taints` list, with an error at each malformed taint. */
export function taintsAt(resource: Resource, path: (string | number)[], diagnostics: Diagnostic[]): Taint[] {
  const value = valueAt(resource.object, path);
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    diagnostics.push(clusterDiagnostic(resource, path, 'taints must be a list of {key, value, effect}'));
    return [];
  }
  const out: Taint[] = [];
  value.forEach((taint: unknown, index) => {
    if (!isObject(taint) || typeof taint.key !== 'string' || taint.key === '') {
      diagnostics.push(clusterDiagnostic(resource, [...path, index], 'a taint needs a key'));
    } else if (!isTaintEffect(taint.effect)) {
      diagnostics.push(clusterDiagnostic(resource, [...path, index, 'effect'], 'effect must be NoSchedule, PreferNoSchedule or NoExecute'));
    } else {
      out.push(typeof taint.value === 'string' && taint.value !== '' ? { key: taint.key, value: taint.value, effect: taint.effect } : { key: taint.key, effect: taint.effect });
    }
  });
  return out;
}
