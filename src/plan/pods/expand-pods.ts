import { isObject, namespaceOf, podLabelsOf, podSpecOf, valueAt, type JsonObject, type Resource, type ResourceSet } from '../../resources/index.js';
import type { ModelNode } from '../cluster/index.js';
import type { PodOwner, SimulatedPod } from '../simulated-pod.js';
import { daemonPodSpec, daemonRunsOn } from './daemon-set-pods.js';
import { defaultMaxPods, sharePods } from './pod-budget.js';
import { jobPodCount, replicaCount } from './replica-count.js';
import { templateHash } from './template-hash.js';

/** Options for {@link expandPods}. */
export interface ExpandOptions {
  /** The modelled nodes, for DaemonSets; without them a DaemonSet gives one representative Pod. */
  nodes?: readonly ModelNode[];
  defaultNamespace: string;
  /** At most this many Pods in all (default {@link defaultMaxPods}); the largest workloads are cut first. */
  maxPods?: number;
}

/** A workload whose Pods were not all simulated: it wanted `wanted`, the plan made `simulated`. */
export interface CutWorkload {
  resource: Resource;
  wanted: number;
  simulated: number;
}

/** The simulated Pods, and the workloads the Pod limit cut. */
export interface ExpandedPods {
  pods: SimulatedPod[];
  cut: CutWorkload[];
}

/** One workload's Pods before the limit: how many it wants, and how to make the i-th. */
interface WorkloadPods {
  resource: Resource;
  wanted: number;
  podAt: (i: number) => SimulatedPod;
}

/**
 * The Pods the controllers would create for the workloads of `set`, in input order, each
 * `Unsimulated`. Names are deterministic stand-ins for the random suffixes: `<name>-<n>` from 0
 * for Deployments, ReplicaSets, ReplicationControllers, Jobs and CronJobs, `<name>-<ordinal>`
 * for StatefulSets, `<name>-<node>` for DaemonSets (`<name>-0` for the representative).
 * At most `maxPods` are made: each workload keeps its first Pods.
 */
export function expandPods(set: ResourceSet, options: ExpandOptions): SimulatedPod[] {
  return expandPodsWithCuts(set, options).pods;
}

/** Like {@link expandPods}, and says which workloads the Pod limit cut. */
export function expandPodsWithCuts(set: ResourceSet, options: ExpandOptions): ExpandedPods {
  const workloads: WorkloadPods[] = [];
  for (const resource of set) {
    const workload = workloadPods(resource, set, options);
    if (workload) workloads.push(workload);
  }
  const granted = sharePods(workloads.map((w) => w.wanted), options.maxPods ?? defaultMaxPods);
  const pods: SimulatedPod[] = [];
  const cut: CutWorkload[] = [];
  workloads.forEach((workload, index) => {
    // sharePods returns one count per workload
    const simulated = granted[index] ?? 0;
    for (let i = 0; i < simulated; i++) pods.push(workload.podAt(i));
    if (simulated < workload.wanted) cut.push({ resource: workload.resource, wanted: workload.wanted, simulated });
  });
  return { pods, cut };
}

function workloadPods(resource: Resource, set: ResourceSet, options: ExpandOptions): WorkloadPods | undefined {
  const pod = podSpecOf(resource);
  if (!pod || resource.kind === 'PodTemplate' || isControlledWithin(resource, set)) return undefined;
  const namespace = namespaceOf(resource, options.defaultNamespace);
  const owner: PodOwner = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, namespace };
  const make: MakePod = (name, labels, spec = pod.spec, ordinal) => ({
    name, namespace, labels, spec, owner, source: resource, status: 'Unsimulated', ...(ordinal === undefined ? {} : { ordinal }),
  });
  const labels = podLabelsOf(resource);
  const of = (wanted: number, podAt: (i: number) => SimulatedPod): WorkloadPods => ({ resource, wanted, podAt });
  switch (resource.kind) {
    case 'Pod':
      return of(1, () => make(resource.name, labels));
    case 'Deployment': {
      // the ReplicaSet's Pods carry pod-template-hash, which matchLabelKeys often uses
      const hashed = { ...labels, 'pod-template-hash': templateHash(valueAt(resource.object, ['spec', 'template'])) };
      return of(replicaCount(resource, set, options.defaultNamespace), (i) => make(`${resource.name}-${i}`, hashed));
    }
    case 'ReplicaSet':
    case 'ReplicationController':
      return of(replicaCount(resource, set, options.defaultNamespace), (i) => make(`${resource.name}-${i}`, labels));
    case 'StatefulSet':
      return statefulSetPods(resource, set, options.defaultNamespace, labels, make);
    case 'DaemonSet':
      return daemonSetPods(resource, pod.spec, labels, options.nodes, make);
    case 'Job':
    case 'CronJob':
      return jobPods(resource, labels, make);
  }
  return undefined;
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

function statefulSetPods(resource: Resource, set: ResourceSet, defaultNamespace: string, labels: Readonly<Record<string, string>>, make: MakePod): WorkloadPods {
  const start = valueAt(resource.object, ['spec', 'ordinals', 'start']);
  const first = typeof start === 'number' && start >= 0 ? start : 0;
  return {
    resource,
    wanted: replicaCount(resource, set, defaultNamespace),
    podAt: (i) => {
      const ordinal = first + i;
      const name = `${resource.name}-${ordinal}`;
      return make(name, { ...labels, 'statefulset.kubernetes.io/pod-name': name, 'apps.kubernetes.io/pod-index': String(ordinal) }, undefined, ordinal);
    },
  };
}

function daemonSetPods(resource: Resource, template: JsonObject, labels: Readonly<Record<string, string>>, nodes: readonly ModelNode[] | undefined, make: MakePod): WorkloadPods {
  const tolerating = daemonPodSpec(template);
  // without a cluster model one Pod stands for the DaemonSet, so routing still sees endpoints
  if (!nodes) return { resource, wanted: 1, podAt: () => make(`${resource.name}-0`, labels, tolerating) };
  const eligible = nodes.filter((node) => daemonRunsOn(tolerating, node));
  return { resource, wanted: eligible.length, podAt: (i) => {
    // podAt is called only below `wanted`, which is eligible.length
    const node = eligible[i]!;
    return make(`${resource.name}-${node.name}`, labels, daemonPodSpec(template, node.name));
  } };
}

function jobPods(resource: Resource, labels: Readonly<Record<string, string>>, make: MakePod): WorkloadPods {
  const jobSpec = resource.kind === 'CronJob' ? valueAt(resource.object, ['spec', 'jobTemplate', 'spec']) : resource.object.spec;
  const isIndexed = valueAt(jobSpec, ['completionMode']) === 'Indexed';
  const withJobName = { ...labels, 'batch.kubernetes.io/job-name': resource.name, 'job-name': resource.name };
  return {
    resource,
    wanted: jobPodCount(jobSpec),
    podAt: (i) => make(`${resource.name}-${i}`, isIndexed ? { ...withJobName, 'batch.kubernetes.io/job-completion-index': String(i) } : withJobName),
  };
}
