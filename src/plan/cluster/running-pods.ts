import { isObject, labelsOf, valueAt, type JsonObject, type Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';

/**
 * The Pods of a `kubectl get pods -A -o yaml` dump that use a node's resources: bound
 * (`spec.nodeName`) and not finished (phase neither Succeeded nor Failed).
 */
export function runningPodsFromDump(resources: readonly Resource[]): SimulatedPod[] {
  const out: SimulatedPod[] = [];
  for (const resource of resources) {
    const spec = resource.object.spec;
    if (!isObject(spec) || typeof spec.nodeName !== 'string' || spec.nodeName === '') continue;
    const phase = valueAt(resource.object, ['status', 'phase']);
    if (phase === 'Succeeded' || phase === 'Failed') continue;
    const namespace = resource.namespace ?? 'default';
    out.push({
      name: resource.name,
      namespace,
      labels: labelsOf(valueAt(resource.object, ['metadata', 'labels'])),
      spec: spec as JsonObject,
      owner: ownerOf(resource, namespace),
      status: 'Scheduled',
      node: spec.nodeName,
    });
  }
  return out;
}

// the controlling owner (a ReplicaSet, DaemonSet...) names the workload; else the Pod itself
function ownerOf(resource: Resource, namespace: string): SimulatedPod['owner'] {
  const references = valueAt(resource.object, ['metadata', 'ownerReferences']);
  const controller = Array.isArray(references) ? references.find((r: unknown) => isObject(r) && r.controller === true) : undefined;
  if (isObject(controller) && typeof controller.kind === 'string' && typeof controller.name === 'string') {
    return { apiVersion: typeof controller.apiVersion === 'string' ? controller.apiVersion : '', kind: controller.kind, name: controller.name, namespace };
  }
  return { apiVersion: 'v1', kind: 'Pod', name: resource.name, namespace };
}
