import { isObject, namespaceOf, podLabelsOf, podSpecOf, valueAt, type JsonObject, type Resource, type ResourceSet } from '../../resources/index.js';
import type { ModelNode } from '../cluster/cluster-model.js';
import type { PodOwner, SimulatedPod } from '../simulated-pod.js';
import { daemonPodSpec, daemonRunsOn } from './daemon-set-pods.js';
import { jobPodCount, replicaCount } from './replica-count.js';
import { templateHash } from './template-hash.js';

/** Options for {@link expandPods}. */
export interface ExpandOptions {
  /** The modelled nodes, for DaemonSets; without them a DaemonSet gives one representative Pod. */
  nodes?: readonly ModelNode[];
  defaultNamespace: string;
}

/**
 * The Pods the controllers would create for the workloads of `set`, in input order, each
 * `Unsimulated`. Names are deterministic stand-ins for the random suffixes: `<name>-<n>` from 0
 * for Deployments, ReplicaSets, ReplicationControllers, Jobs and CronJobs, `<name>-<ordinal>`
 * for StatefulSets, `<name>-<node>` for DaemonSets (`<name>-0` for the representative).
 */
export function expandPods(set: ResourceSet, options: ExpandOptions): SimulatedPod[] {
  const out: SimulatedPod[] = [];
  for (const resource of set) {
    const pod = podSpecOf(resource);
    if (!pod || resource.kind === 'PodTemplate' || isControlledWithin(resource, set)) continue;
    const namespace = namespaceOf(resource, options.defaultNamespace);
    const owner: PodOwner = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, namespace };
    const make = (name: string, labels: Readonly<Record<string, string>>, spec: JsonObject = pod.spec, ordinal?: number): SimulatedPod => ({
      name, namespace, labels, spec, owner, source: resource, status: 'Unsimulated', ...(ordinal === undefined ? {} : { ordinal }),
    });
    const labels = podLabelsOf(resource);
    switch (resource.kind) {
      case 'Pod':
        out.push(make(resource.name, labels));
        break;
      case 'Deployment': {
        // the ReplicaSet's Pods carry pod-template-hash, which matchLabelKeys often uses
        const hashed = { ...labels, 'pod-template-hash': templateHash(valueAt(resource.object, ['spec', 'template'])) };
        for (let i = 0; i < replicaCount(resource, set, options.defaultNamespace); i++) out.push(make(`${resource.name}-${i}`, hashed));
        break;
      }
      case 'ReplicaSet':
      case 'ReplicationController':
        for (let i = 0; i < replicaCount(resource, set, options.defaultNamespace); i++) out.push(make(`${resource.name}-${i}`, labels));
        break;
      case 'StatefulSet':
        out.push(...statefulSetPods(resource, set, options.defaultNamespace, labels, make));
        break;
      case 'DaemonSet':
        out.push(...daemonSetPods(resource, pod.spec, labels, options.nodes, make));
        break;
      case 'Job':
      case 'CronJob':
        out.push(...jobPods(resource, labels, make));
        break;
    }
  }
  return out;
}

/**
 * Whether a resource is made by a controller that is itself in the input (a ReplicaSet of a
 * Deployment, a Pod of a ReplicaSet, as a live dump holds them): the controller's Pods already
 * stand for it.
 */
function isControlledWithin(resource: Resource, set: ResourceSet): boolean {
  const references = valueAt(resource.object, ['metadata', 'ownerReferences']);
  if (!Array.isArray(references)) return false;
  return references.some((r: unknown) => isObject(r) && r.controller === true && typeof r.kind === 'string' && typeof r.name === 'string' && set.find(r.kind, r.name, resource.namespace) !== undefined);
}

type MakePod = (name: string, labels: Readonly<Record<string, string>>, spec?: JsonObject, ordinal?: number) => SimulatedPod;

function statefulSetPods(resource: Resource, set: ResourceSet, defaultNamespace: string, labels: Readonly<Record<string, string>>, make: MakePod): SimulatedPod[] {
  const start = valueAt(resource.object, ['spec', 'ordinals', 'start']);
  const first = typeof start === 'number' && start >= 0 ? start : 0;
  const out: SimulatedPod[] = [];
  for (let i = 0; i < replicaCount(resource, set, defaultNamespace); i++) {
    const ordinal = first + i;
    const name = `${resource.name}-${ordinal}`;
    out.push(make(name, { ...labels, 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(ordinal) }, undefined, ordinal));
  }
  return out;
}

function daemonSetPods(resource: Resource, template: JsonObject, labels: Readonly<Record<string, string>>, nodes: readonly ModelNode[] | undefined, make: MakePod): SimulatedPod[] {
  const tolerating = daemonPodSpec(template);
  // without a cluster model one Pod stands for the DaemonSet, so routing still sees endpoints
  if (!nodes) return [make(`${resource.name}-0`, labels, tolerating)];
  return nodes.filter((node) => daemonRunsOn(tolerating, node)).map((node) => make(`${resource.name}-${node.name}`, labels, daemonPodSpec(template, node.name)));
}

function jobPods(resource: Resource, labels: Readonly<Record<string, string>>, make: MakePod): SimulatedPod[] {
  const jobSpec = resource.kind === 'CronJob' ? valueAt(resource.object, ['spec', 'jobTemplate', 'spec']) : resource.object.spec;
  const isIndexed = valueAt(jobSpec, ['completionMode']) === 'Indexed';
  const withJobName = { ...labels, 'batch.kubernetes.io/job-name': resource.name, 'job-name': resource.name };
  const out: SimulatedPod[] = [];
  for (let i = 0; i < jobPodCount(jobSpec); i++) {
    out.push(make(`${resource.name}-${i}`, isIndexed ? { ...withJobName, 'batch.kubernetes.io/job-completion-index': String(i) } : withJobName));
  }
  return out;
}
