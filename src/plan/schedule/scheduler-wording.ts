import { minorOf, type KubernetesVersion } from '../../resources/index.js';
import type { Taint } from '../cluster/index.js';

/** The reason strings of the default scheduler's plugins, as one Kubernetes version writes them. */
export interface SchedulerWording {
  unschedulable: string;
  nodeName: string;
  taint(taint: Taint): string;
  nodeAffinity: string;
  /** Nodes a PreFilter narrowed away (DaemonSet Pods name their node). */
  narrowedByNodeAffinity: string;
  nodePorts: string;
  tooManyPods: string;
  insufficient(resource: string): string;
  noPersistentVolume: string;
  persistentVolumeNodeAffinity: string;
  boundToMissingVolume: string;
  volumeZone: string;
  spread: string;
  spreadMissingLabel: string;
  podAffinity: string;
  podAntiAffinity: string;
  existingAntiAffinity: string;
  /** Put before `preemption: `: the DynamicResources PostFilter's note, when DRA is on. */
  postFilterPrefix: string;
  /** How the preemption part ends: 1.26–1.30 printed a doubled period. */
  preemptionEnd: string;
}

/**
 * The wording for a target version (planner-simulation.md §1.2–1.3). Texts changed in 1.29
 * (prefilter narrowing), 1.31 (no more `..`), 1.33 (PersistentVolume node affinity) and 1.35
 * (taints no longer named; DynamicResources' PostFilter note, as the reference's worked 1.35
 * example shows it — the 1.34 example has none).
 */
export function schedulerWording(version: KubernetesVersion): SchedulerWording {
  const minor = minorOf(version);
  return {
    unschedulable: 'node(s) were unschedulable',
    nodeName: "node(s) didn't match the requested node name",
    taint: minor >= 35 ? () => 'node(s) had untolerated taint(s)' : (t) => `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`,
    nodeAffinity: "node(s) didn't match Pod's node affinity/selector",
    narrowedByNodeAffinity: minor <= 28 ? 'node is filtered out by the prefilter result' : "node(s) didn't satisfy plugin(s) [NodeAffinity]",
    nodePorts: "node(s) didn't have free ports for the requested pod ports",
    tooManyPods: 'Too many pods',
    insufficient: (resource) => `Insufficient ${resource}`,
    noPersistentVolume: "node(s) didn't find available persistent volumes to bind",
    persistentVolumeNodeAffinity: minor >= 33 ? "node(s) didn't match PersistentVolume's node affinity" : 'node(s) had volume node affinity conflict',
    boundToMissingVolume: 'node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)',
    volumeZone: 'node(s) had no available volume zone',
    spread: "node(s) didn't match pod topology spread constraints",
    spreadMissingLabel: "node(s) didn't match pod topology spread constraints (missing required label)",
    podAffinity: "node(s) didn't match pod affinity rules",
    podAntiAffinity: "node(s) didn't match pod anti-affinity rules",
    existingAntiAffinity: "node(s) didn't satisfy existing pods anti-affinity rules",
    postFilterPrefix: minor >= 35 ? 'no new claims to deallocate, ' : '',
    preemptionEnd: minor <= 30 ? '..' : '.',
  };
}
