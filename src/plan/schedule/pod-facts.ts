import { isObject, type JsonObject } from '../../resources/index.js';
import type { FilterStatus } from './filter-status.js';
import { narrowedNodeNames, nodeAffinityRulesOf, type NodeAffinityRules } from './node-affinity.js';
import { hostPortsOf, type RequestedHostPort } from './node-ports.js';
import { orderedRequests } from './node-resources-fit.js';
import type { AffinityTerm } from './pod-affinity-term.js';
import { podRequests, scoringRequests, type Amounts } from './pod-requests.js';
import type { SpreadConstraint, SpreadEligibility } from './pod-topology-spread.js';
import { tolerationsOf, type Toleration } from './taint-toleration.js';

/**
 * What the filters read of one pod spec, computed once: replicas share their template's spec
 * object, so 10,000 Pods of 100 workloads cost 100 of these.
 */
export interface PodFacts {
  requests: Amounts;
  /** `[resourceId, amount]`, in NodeResourcesFit's reporting order. */
  orderedRequests: [number, number][];
  scoring: { cpu: number; memory: number };
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

export function podFactsOf(spec: JsonObject): PodFacts {
  const requests = podRequests(spec);
  const nodeAffinity = nodeAffinityRulesOf(spec);
  const affinity = isObject(spec.affinity) ? spec.affinity : {};
  return {
    requests,
    orderedRequests: orderedRequests(requests),
    scoring: scoringRequests(spec),
    tolerations: tolerationsOf(spec),
    nodeAffinity,
    narrowedTo: narrowedNodeNames(nodeAffinity),
    hostPorts: hostPortsOf(spec),
    preemptionNever: spec.preemptionPolicy === 'Never',
    hasVolumes: Array.isArray(spec.volumes) && spec.volumes.some((v) => isObject(v) && isObject(v.persistentVolumeClaim)),
    hasSpread: Array.isArray(spec.topologySpreadConstraints) && spec.topologySpreadConstraints.length > 0,
    hasPodAffinity: isObject(affinity.podAffinity),
    hasPodAntiAffinity: isObject(affinity.podAntiAffinity),
    staticVerdicts: [],
    byLabels: new Map(),
  };
}
