import { type KubernetesVersion, type ResourceSet } from '../../resources/index.js';
import type { ClusterModel } from '../cluster/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { Decision } from './decision.js';
import { type NodeState } from './node-state.js';
import type { NodeUsage } from './scheduling-result.js';
/** How to simulate. */
export interface ScheduleOptions {
    /** Picks the wording of the FailedScheduling messages. */
    kubernetesVersion: KubernetesVersion;
    /** The input's PVCs, PVs, StorageClasses and Namespaces (volume binding, `namespaceSelector`). */
    resources?: ResourceSet;
    defaultNamespace?: string;
}
/**
 * The cluster during a simulation: node usage, placed Pods indexed for affinity and spreading,
 * bound volumes. `place` runs the default profile's filters and a deterministic score and
 * commits; `evaluate`/`canPlace` ask without changing anything; `countFitting` answers "how
 * many more Pods like this fit now?" for rollout surge checks.
 */
export declare class SchedulerState {
    /** Nodes in name order: the tie-break order of scoring. */
    readonly nodes: NodeState[];
    private readonly modelOrder;
    private readonly byName;
    private readonly wording;
    private readonly index;
    private readonly antiGroups;
    private readonly facts;
    private readonly specIds;
    private readonly catalog;
    private readonly boundClaims;
    private readonly usedVolumes;
    private readonly placed;
    private readonly namespaceLabels;
    private readonly anyPreferNoSchedule;
    private nextStart;
    private readonly feasible;
    constructor(model: ClusterModel, options: ScheduleOptions);
    /** Counts a Pod already bound to a node (`pod.node`) as usage; unknown nodes are ignored. */
    bindRunning(pod: SimulatedPod): void;
    /** Where the Pod would go now, without placing it. */
    evaluate(pod: SimulatedPod): Decision;
    /** Whether some node would take the Pod now. */
    canPlace(pod: SimulatedPod): boolean;
    /** Schedules the Pod: sets `pod.node` and `pod.status` and counts its usage when a node fits. */
    place(pod: SimulatedPod): Decision;
    /** Takes a placed Pod off its node again (a rollout deleting an old Pod). */
    remove(pod: SimulatedPod): void;
    /** How many of `count` more Pods like `pod` would be placed now (the state is left as it was). */
    countFitting(pod: SimulatedPod, count: number): number;
    /** Requests against allocatable per node, in the model's node order. */
    usage(): NodeUsage[];
    private factsOf;
    private labelledFacts;
    private run;
    private commit;
    private specId;
}
