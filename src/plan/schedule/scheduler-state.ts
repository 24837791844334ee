import { labelsOf, podSpecOf, valueAt, type JsonObject, type JsonPath, type KubernetesVersion, type Labels, type ResourceSet } from '../../resources/index.js';
import type { ClusterModel } from '../cluster/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { Decision } from './decision.js';
import { feasibleNodesToFind } from './feasible-nodes.js';
import { fitErrorMessage, preFilterMessage } from './fit-error.js';
import type { FilterStatus } from './filter-status.js';
import { interPodAffinityPreFilter, type AntiAffinityGroup } from './inter-pod-affinity.js';
import { preferredAffinityWeight } from './node-affinity.js';
import { bestNode } from './node-score.js';
import { fitResourceSlots, nodeState, type NodeState } from './node-state.js';
import { nodeUsage } from './node-usage.js';
import { requiredAffinityTerms } from './pod-affinity-term.js';
import { podFactsOf, type LabelledFacts, type PodFacts } from './pod-facts.js';
import { labelsKey, PodIndex } from './pod-index.js';
import { podTopologySpreadPreFilter, spreadConstraintsOf, spreadEligibility } from './pod-topology-spread.js';
import { preBoundDecision } from './pre-bound-pod.js';
import { filterNode } from './run-filters.js';
import { schedulerWording, type SchedulerWording } from './scheduler-wording.js';
import type { NodeUsage, PendingReason } from './scheduling-result.js';
import { unschedulableHint } from './scheduling-hint.js';
import { untoleratedPreferNoSchedule } from './taint-toleration.js';
import { claimsOfPod, planClaims, volumesToBind, type ClaimPlan, type PodClaim } from './volume-binding.js';
import { VolumeCatalog, type CatalogVolume } from './volume-catalog.js';

/** How to simulate. */
export interface ScheduleOptions {
  /** Picks the wording of the FailedScheduling messages. */
  kubernetesVersion: KubernetesVersion;
  /** The input's PVCs, PVs, StorageClasses and Namespaces (volume binding, `namespaceSelector`). */
  resources?: ResourceSet;
  defaultNamespace?: string;
}

interface Evaluation {
  decision: Decision;
  target?: NodeState;
  facts: PodFacts;
  labelled?: LabelledFacts;
  plans: ClaimPlan[];
}

interface PlacedRecord {
  node: NodeState;
  facts: PodFacts;
  antiGroup?: AntiAffinityGroup;
  volumes: [PodClaim, CatalogVolume][];
}

/**
 * The cluster during a simulation: node usage, placed Pods indexed for affinity and spreading,
 * bound volumes. `place` runs the default profile's filters and a deterministic score and
 * commits; `evaluate`/`canPlace` ask without changing anything; `countFitting` answers "how
 * many more Pods like this fit now?" for rollout surge checks.
 */
export class SchedulerState {
  /** Nodes in name order: the tie-break order of scoring. */
  readonly nodes: NodeState[];
  private readonly modelOrder: NodeState[];
  private readonly byName = new Map<string, NodeState>();
  private readonly wording: SchedulerWording;
  private readonly index = new PodIndex();
  private readonly antiGroups = new Map<string, AntiAffinityGroup>();
  private readonly facts = new WeakMap<JsonObject, PodFacts>();
  private readonly specIds = new WeakMap<JsonObject, number>();
  private readonly catalog: VolumeCatalog;
  private readonly boundClaims = new Map<string, CatalogVolume>();
  private readonly usedVolumes = new Set<string>();
  private readonly placed = new Map<SimulatedPod, PlacedRecord>();
  private readonly namespaceLabels = new Map<string, Labels>();
  private readonly anyPreferNoSchedule: boolean;
  private nextStart = 0;
  private readonly feasible: NodeState[];

  constructor(model: ClusterModel, options: ScheduleOptions) {
    this.wording = schedulerWording(options.kubernetesVersion);
    this.modelOrder = model.nodes.map((node, i) => nodeState(node, i));
    this.nodes = [...this.modelOrder].sort((a, b) => (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0));
    this.nodes.forEach((node, rank) => (node.nameRank = rank));
    this.feasible = [...this.nodes];
    for (const node of this.modelOrder) this.byName.set(node.node.name, node);
    this.anyPreferNoSchedule = this.modelOrder.some((n) => n.hasPreferNoSchedule);
    this.catalog = new VolumeCatalog(options.resources, options.defaultNamespace);
    for (const namespace of options.resources?.ofKind('Namespace') ?? []) {
      this.namespaceLabels.set(namespace.name, { ...labelsOf(valueAt(namespace.object, ['metadata', 'labels'])), 'kubernetes.io/metadata.name': namespace.name });
    }
    for (const pod of model.runningPods) this.bindRunning(pod);
  }

  /** Counts a Pod already bound to a node (`pod.node`) as usage; unknown nodes are ignored. */
  bindRunning(pod: SimulatedPod): void {
    const node = pod.node === undefined ? undefined : this.byName.get(pod.node);
    if (!node) return;
    const facts = this.factsOf(pod.spec);
    this.commit(pod, node, facts, this.labelledFacts(pod, facts), []);
  }

  /** Where the Pod would go now, without placing it. */
  evaluate(pod: SimulatedPod): Decision {
    return this.run(pod).decision;
  }

  /** Whether some node would take the Pod now. */
  canPlace(pod: SimulatedPod): boolean {
    return this.run(pod).target !== undefined;
  }

  /** Schedules the Pod: sets `pod.node` and `pod.status` and counts its usage when a node fits. */
  place(pod: SimulatedPod): Decision {
    const evaluation = this.run(pod);
    if (evaluation.target) {
      this.commit(pod, evaluation.target, evaluation.facts, evaluation.labelled ?? this.labelledFacts(pod, evaluation.facts), evaluation.plans);
    } else pod.status = 'Pending';
    return evaluation.decision;
  }

  /** Takes a placed Pod off its node again (a rollout deleting an old Pod). */
  remove(pod: SimulatedPod): void {
    const record = this.placed.get(pod);
    if (!record) return;
    this.placed.delete(pod);
    const { node, facts } = record;
    for (const [id, amount] of facts.orderedRequests) node.requested[id] = (node.requested[id] ?? 0) - amount;
    node.podCount -= 1;
    node.scoringCpu -= facts.scoring.cpu;
    node.scoringMemory -= facts.scoring.memory;
    for (const port of facts.hostPorts) {
      const at = node.ports.indexOf(port);
      if (at >= 0) node.ports.splice(at, 1);
    }
    this.index.add(pod.namespace, pod.labels, node.index, -1);
    if (record.antiGroup) decrement(record.antiGroup.onNode, node.index);
    for (const [claim, volume] of record.volumes) {
      this.boundClaims.delete(`${pod.namespace}/${claim.name}`);
      this.usedVolumes.delete(volume.name);
    }
  }

  /** How many of `count` more Pods like `pod` would be placed now (the state is left as it was). */
  countFitting(pod: SimulatedPod, count: number): number {
    const trial: SimulatedPod[] = [];
    for (let i = 0; i < count; i++) {
      const copy: SimulatedPod = { ...pod, name: `${pod.name}-surge-${i}`, node: undefined, status: 'Unsimulated' };
      if (!this.place(copy).node) break;
      trial.push(copy);
    }
    for (const copy of trial) this.remove(copy);
    return trial.length;
  }

  /** Requests against allocatable per node, in the model's node order. */
  usage(): NodeUsage[] {
    return this.modelOrder.map(nodeUsage);
  }

  private factsOf(spec: JsonObject): PodFacts {
    let facts = this.facts.get(spec);
    if (!facts) {
      this.facts.set(spec, (facts = podFactsOf(spec)));
      fitResourceSlots(this.modelOrder);
    }
    return facts;
  }

  private labelledFacts(pod: SimulatedPod, facts: PodFacts): LabelledFacts {
    const key = `${pod.namespace}\u0000${labelsKey(pod.labels)}`;
    let labelled = facts.byLabels.get(key);
    if (!labelled) {
      const spread = facts.hasSpread ? spreadConstraintsOf(pod.spec, pod.labels) : [];
      labelled = {
        affinity: facts.hasPodAffinity ? requiredAffinityTerms(pod.spec, 'podAffinity', pod.namespace, pod.labels, this.namespaceLabels) : [],
        antiAffinity: facts.hasPodAntiAffinity ? requiredAffinityTerms(pod.spec, 'podAntiAffinity', pod.namespace, pod.labels, this.namespaceLabels) : [],
        spread,
        spreadEligibility: spread.length > 0 ? spreadEligibility(spread, this.modelOrder, facts.nodeAffinity, facts.tolerations) : [],
      };
      facts.byLabels.set(key, labelled);
    }
    return labelled;
  }

  private run(pod: SimulatedPod): Evaluation {
    const facts = this.factsOf(pod.spec);
    const specPath = (pod.source && podSpecOf(pod.source)?.path) ?? ['spec'];
    const pending = (reason: PendingReason, message: string, hint: string, path?: JsonPath): Evaluation => ({ decision: { reason, message, hint, path }, facts, plans: [] });
    if (Array.isArray(pod.spec.schedulingGates) && pod.spec.schedulingGates.length > 0) {
      return pending('SchedulingGated', 'SchedulingGated: the Pod waits for spec.schedulingGates to be removed; no FailedScheduling event is written', 'remove the scheduling gates once the Pod may be scheduled', [...specPath, 'schedulingGates']);
    }
    if (typeof pod.spec.nodeName === 'string' && pod.spec.nodeName !== '') {
      const node = this.byName.get(pod.spec.nodeName);
      const decision = preBoundDecision(pod.spec.nodeName, node, facts, specPath, this.wording);
      return { decision, target: decision.node !== undefined ? node : undefined, facts, plans: [] };
    }
    if (this.nodes.length === 0) return pending('Unschedulable', 'no nodes available to schedule pods', 'the cluster model has no nodes');
    const options = { preemptionNever: facts.preemptionNever };
    if (facts.narrowedTo?.size === 0) {
      return pending('Unschedulable', preFilterMessage(this.nodes.length, 'pod affinity terms conflict', this.wording, options), 'the required node affinity terms name no common node', [...specPath, 'affinity', 'nodeAffinity']);
    }
    const claims = facts.hasVolumes || pod.owner.kind === 'StatefulSet' ? claimsOfPod(pod, specPath, this.catalog) : [];
    const plans = claims.length > 0 ? planClaims(pod, claims, this.catalog, this.boundClaims, this.usedVolumes) : [];
    if (typeof plans === 'string') {
      // planClaims ran, so there is at least one claim
      const claim = claims.find((c) => plans.includes(`"${c.name}"`)) ?? claims[0]!;
      const hint = plans.startsWith('persistentvolumeclaim')
        ? `create PersistentVolumeClaim "${claim.name}" in namespace ${pod.namespace}, or fix the claim name`
        : 'no PersistentVolume matches the claim and its class does not provision: add a matching PersistentVolume or use a provisioning StorageClass';
      return pending('Unschedulable', preFilterMessage(this.nodes.length, plans, this.wording, options), hint, claim.path);
    }
    const labelled = this.labelledFacts(pod, facts);
    const spread = labelled.spread.length > 0 ? podTopologySpreadPreFilter(pod, labelled.spread, labelled.spreadEligibility, this.index, this.modelOrder) : undefined;
    const needsAffinity = labelled.affinity.length > 0 || labelled.antiAffinity.length > 0 || this.antiGroups.size > 0;
    let affinity = needsAffinity
      ? interPodAffinityPreFilter({ namespace: pod.namespace, labels: pod.labels, affinity: labelled.affinity, antiAffinity: labelled.antiAffinity }, this.index, this.antiGroups.values(), this.modelOrder)
      : undefined;
    // nothing to check per node: no terms of its own and no placed Pod's anti-affinity selects it
    if (affinity && affinity.affinity.length === 0 && affinity.antiAffinity.length === 0 && affinity.excludedByExisting.length === 0) affinity = undefined;
    // reused for every Pod: up to `enough` entries, `found` of them valid
    const feasible = this.feasible;
    let found = 0;
    // like kube-scheduler, stop once enough feasible nodes are found, and start the next Pod's
    // search where this one stopped (percentageOfNodesToScore; every node below 100 nodes)
    const enough = feasibleNodesToFind(this.nodes.length);
    const total = this.nodes.length;
    const cycle = { plans, spread, affinity, wording: this.wording, nodeCount: total, hasVolumes: this.catalog.volumes.length > 0 };
    let processed = 0;
    for (; processed < total && found < enough; processed++) {
      const node = this.nodes[(this.nextStart + processed) % total]!;
      if (!filterNode(node, facts, cycle)) feasible[found++] = node;
    }
    this.nextStart = (this.nextStart + processed) % total;
    if (found === 0) {
      // every node failed: collect why (the filters are pure, so this repeats their verdicts)
      const statuses = this.nodes.map((node) => filterNode(node, facts, cycle)).filter((status): status is FilterStatus => status !== undefined);
      const { hint, path } = unschedulableHint(statuses, { pod, specPath, requests: facts.requests, hostPorts: facts.hostPorts, claims, nodes: this.nodes });
      return { decision: { reason: 'Unschedulable', message: fitErrorMessage(statuses, this.wording, options), hint, path }, facts, labelled, plans };
    }
    const target = found === 1 ? feasible[0]! : bestNode(feasible, found, {
      ...facts.scoring,
      preferNoSchedule: (n) => untoleratedPreferNoSchedule(facts.tolerations, n.node),
      preferredAffinity: (n) => preferredAffinityWeight(facts.nodeAffinity, n.node),
      scoresTaints: this.anyPreferNoSchedule,
      scoresAffinity: facts.nodeAffinity.preferred.length > 0,
    });
    return { decision: { node: target.node.name }, target, facts, labelled, plans };
  }

  private commit(pod: SimulatedPod, node: NodeState, facts: PodFacts, labelled: LabelledFacts, plans: ClaimPlan[]): void {
    for (const [id, amount] of facts.orderedRequests) node.requested[id] = (node.requested[id] ?? 0) + amount;
    node.podCount += 1;
    node.scoringCpu += facts.scoring.cpu;
    node.scoringMemory += facts.scoring.memory;
    for (const port of facts.hostPorts) node.ports.push(port);
    this.index.add(pod.namespace, pod.labels, node.index);
    let antiGroup: AntiAffinityGroup | undefined;
    if (labelled.antiAffinity.length > 0) {
      const key = `${this.specId(pod.spec)}\u0000${pod.namespace}\u0000${labelsKey(pod.labels)}`;
      antiGroup = this.antiGroups.get(key);
      if (!antiGroup) this.antiGroups.set(key, (antiGroup = { terms: labelled.antiAffinity, onNode: new Map() }));
      antiGroup.onNode.set(node.index, (antiGroup.onNode.get(node.index) ?? 0) + 1);
    }
    // only claims this placement binds; a claim bound earlier stays with its first Pod
    const volumes = volumesToBind(plans, node).filter(([claim]) => !this.boundClaims.has(`${pod.namespace}/${claim.name}`));
    for (const [claim, volume] of volumes) {
      this.boundClaims.set(`${pod.namespace}/${claim.name}`, volume);
      this.usedVolumes.add(volume.name);
    }
    this.placed.set(pod, { node, facts, antiGroup, volumes });
    pod.node = node.node.name;
    pod.status = 'Scheduled';
  }

  private specId(spec: JsonObject): number {
    let id = this.specIds.get(spec);
    if (id === undefined) this.specIds.set(spec, (id = nextSpecId++));
    return id;
  }
}

let nextSpecId = 1;

function decrement(counts: Map<number, number>, key: number): void {
  const count = (counts.get(key) ?? 0) - 1;
  if (count > 0) counts.set(key, count);
  else counts.delete(key);
}
