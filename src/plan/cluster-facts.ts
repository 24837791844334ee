import type { ClusterFacts, KubernetesVersion, Resource, ResourceSet } from '../resources/index.js';
import type { PendingPodFact } from '../resources/index.js';
import type { ClusterModel } from './cluster/index.js';
import { expandPods } from './pods/index.js';
import { schedulePods } from './schedule/index.js';

/** Schedules the workloads of `set` on `model` once, and answers which of each workload's Pods stay Pending. */
export function clusterFacts(set: ResourceSet, model: ClusterModel, options: { kubernetesVersion: KubernetesVersion; defaultNamespace: string }): ClusterFacts {
  const pods = expandPods(set, { nodes: model.nodes, defaultNamespace: options.defaultNamespace });
  const result = schedulePods(pods, model, { kubernetesVersion: options.kubernetesVersion, resources: set, defaultNamespace: options.defaultNamespace });
  const pending = new Map<Resource, PendingPodFact[]>();
  for (const pod of result.pending) {
    if (!pod.source) continue;
    const list = pending.get(pod.source) ?? [];
    const fact: PendingPodFact = { pod: pod.pod, message: pod.message, hint: pod.hint };
    if (pod.path) fact.path = pod.path;
    list.push(fact);
    pending.set(pod.source, list);
  }
  return { describedAs: model.describedAs, pendingPodsOf: (workload) => pending.get(workload) ?? [] };
}
