import { type KubernetesVersion } from '../../resources/index.js';
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
export declare function schedulerWording(version: KubernetesVersion): SchedulerWording;
