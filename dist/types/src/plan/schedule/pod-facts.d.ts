import { type JsonObject } from '../../resources/index.js';
import type { FilterStatus } from './filter-status.js';
import { type NodeAffinityRules } from './node-affinity.js';
import { type RequestedHostPort } from './node-ports.js';
import type { AffinityTerm } from './pod-affinity-term.js';
import { type Amounts } from './pod-requests.js';
import type { SpreadConstraint, SpreadEligibility } from './pod-topology-spread.js';
import { type Toleration } from './taint-toleration.js';
/**
 * What the filters read of one pod spec, computed once: replicas share their template's spec
 * object, so 10,000 Pods of 100 workloads cost 100 of these.
 */
export interface PodFacts {
    requests: Amounts;
    /** `[resourceId, amount]`, in NodeResourcesFit's reporting order. */
    orderedRequests: [number, number][];
    scoring: {
        cpu: number;
        memory: number;
    };
    tolerations: Toleration[];
    nodeAffinity: NodeAffinityRules;
    /** Node names a PreFilter narrows to (DaemonSet Pods). */
    narrowedTo?: Set<string>;
    hostPorts: RequestedHostPort[];
    preemptionNever: boolean;
    hasVolumes: boolean;
    hasSpread: boolean;
    hasPodAffinity: boolean;
    hasPodAntiAffinity: boolean;
    /** Per node index: the verdict of the label-and-taint filters (1–4), which never change. */
    staticVerdicts: (FilterStatus | null | undefined)[];
    /** Per namespace and label set: terms and constraints resolved for those labels. */
    byLabels: Map<string, LabelledFacts>;
}
export interface LabelledFacts {
    affinity: AffinityTerm[];
    antiAffinity: AffinityTerm[];
    spread: SpreadConstraint[];
    spreadEligibility: SpreadEligibility[];
}
export declare function podFactsOf(spec: JsonObject): PodFacts;
