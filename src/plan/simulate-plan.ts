import {
  formatPath,
  hpaMinReplicas,
  hpasTargeting,
  isObject,
  plural,
  podTemplatePath,
  type Diagnostic,
  type JsonPath,
  type KubernetesVersion,
  type Resource,
  type ResourceSet,
  isKindOf,
  rolloutKinds,
} from '../resources/index.js';
import type { ClusterModel } from './cluster/index.js';
import type { Change } from './plan.js';
import { planDiagnostic } from './plan-diagnostic.js';
import { defaultMaxPods, expandPodsWithCuts } from './pods/index.js';
import { planRollout, pdbFindings, rolloutFindings, type Rollout, type SurgeFits } from './rollout/index.js';
import {
  explainHttpRoute,
  explainRoute,
  routeHttpRoutes,
  routeIngresses,
  routeServices,
} from './routing/index.js';
import { SchedulerState, schedulePodsOn } from './schedule/index.js';
import type { SimulatedPod } from './simulated-pod.js';
import type { RoutingResult, Simulation } from './simulation.js';

export interface SimulateOptions {
  kubernetesVersion: KubernetesVersion;
  defaultNamespace: string;
  /** A request URL to explain (`https://shop.example.com/api/cart`). */
  route?: string;
  /** Simulate at most this many Pods in all (default 10,000); the largest workloads are cut first. */
  maxPods?: number;
}

/**
 * Simulates the desired state: expands workloads into Pods, schedules them on the model (when
 * given), routes Services and Ingresses to them, and plans the rollout of every created or
 * changed workload, checking surge Pods against what is left of the cluster.
 */
export function simulatePlan(changes: readonly Change[], desired: ResourceSet, model: ClusterModel | undefined, options: SimulateOptions): Simulation {
  const { defaultNamespace, kubernetesVersion } = options;
  const maxPods = options.maxPods ?? defaultMaxPods;
  const { pods, cut } = expandPodsWithCuts(desired, { nodes: model?.nodes, defaultNamespace, maxPods });
  const state = model ? new SchedulerState(model, { kubernetesVersion, resources: desired, defaultNamespace }) : undefined;
  const scheduling = state ? schedulePodsOn(state, pods) : undefined;
  const diagnostics: Diagnostic[] = cut.map(({ resource, wanted, simulated }) => {
    const message = `only ${simulated} of this ${resource.kind}'s ${plural(wanted, 'Pod', 'Pods')} ${simulated === 1 ? 'is' : 'are'} simulated (a plan simulates at most ${plural(maxPods, 'Pod', 'Pods')} in all; see --max-pods): the others are not scheduled or routed`;
    return planDiagnostic(resource, podCountPath(resource.kind), 'info', 'pods-not-simulated', message);
  });
  // one finding per workload and reason: the replicas of one template fail alike
  const pendingGroups = new Map<string, { source: Resource; path: JsonPath; pods: string[]; message: string; hint: string }>();
  for (const pending of scheduling?.pending ?? []) {
    if (!pending.source) continue;
    const path = pending.path ?? ['spec'];
    const key = `${pending.source.source.file}|${pending.source.source.documentIndex}|${pending.source.source.itemIndex ?? ''}|${pending.message}|${JSON.stringify(path)}`;
    const group = pendingGroups.get(key);
    if (group) group.pods.push(pending.pod);
    else pendingGroups.set(key, { source: pending.source, path, pods: [pending.pod], message: pending.message, hint: pending.hint });
  }
  for (const group of pendingGroups.values()) {
    const pods = group.pods.length === 1 ? `Pod ${group.pods[0]}` : `${group.pods.length} Pods (${group.pods[0]} …)`;
    diagnostics.push(planDiagnostic(group.source, group.path, 'warning', 'pod-unschedulable', `${pods} would stay Pending: ${group.message} ${group.hint}`));
  }

  const services = routeServices(desired, pods, { defaultNamespace });
  const ingresses = routeIngresses(desired, services, { defaultNamespace });
  const httpRoutes = routeHttpRoutes(desired, services, { defaultNamespace });
  const routing: RoutingResult = { services, ingresses, httpRoutes };
  if (options.route !== undefined) {
    routing.route = explainRoute(options.route, ingresses, services);
    if (httpRoutes.matches.length > 0) routing.httpRoute = explainHttpRoute(options.route, httpRoutes);
  }
  for (const item of [...services.flatMap((s) => s.findings), ...ingresses.findings, ...httpRoutes.findings]) {
    diagnostics.push(planDiagnostic(item.resource, item.path, item.severity, item.code, item.message));
  }

  const podsOf = new Map<Resource, SimulatedPod[]>();
  for (const pod of pods) {
    if (!pod.source) continue;
    const list = podsOf.get(pod.source);
    if (list) list.push(pod);
    else podsOf.set(pod.source, [pod]);
  }
  const rollouts: Rollout[] = [];
  for (const change of changes) {
    const rollout = rolloutOf(change, desired, change.desired ? (podsOf.get(change.desired) ?? []) : [], state, options);
    if (rollout) rollouts.push(rollout);
  }
  const workloadFindings = [...rolloutFindings(desired, { defaultNamespace, kubernetesVersion }), ...pdbFindings(desired, defaultNamespace), ...rollouts.flatMap((r) => r.findings)];
  const seen = new Set<string>();
  for (const item of workloadFindings) {
    // a rollout's own findings repeat the set-wide ones for the same workload
    const key = `${item.code}|${item.resource.source.file}|${item.resource.source.documentIndex}|${item.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(planDiagnostic(item.resource, item.path, item.severity, item.code, item.message));
  }
  return { cluster: model?.describedAs, scheduling, routing, rollouts, diagnostics };
}

/** The field that sets how many Pods a workload wants, for pointing at a cut one. */
function podCountPath(kind: string): JsonPath {
  if (kind === 'Job') return ['spec', 'parallelism'];
  if (kind === 'CronJob') return ['spec', 'jobTemplate', 'spec', 'parallelism'];
  return kind === 'DaemonSet' ? ['spec'] : ['spec', 'replicas'];
}

function templateChanged(change: Change, templatePath: JsonPath): boolean {
  const prefix = formatPath(templatePath);
  return change.fields.some((field) => field.path === prefix || field.path.startsWith(`${prefix}.`));
}

function rolloutOf(change: Change, desired: ResourceSet, own: readonly SimulatedPod[], state: SchedulerState | undefined, options: SimulateOptions): Rollout | undefined {
  const resource = change.desired;
  const templatePath = podTemplatePath(change.kind);
  if (!resource || !templatePath || !isKindOf(rolloutKinds, change.kind)) return undefined;
  if (change.action !== 'create' && change.action !== 'update' && change.action !== 'replace') return undefined;
  // a replace deletes the old object: its Pods go, and the new ones start from none
  const before = change.action === 'create' || change.action === 'replace' ? undefined : change.before;
  const hpa = hpasTargeting(resource, desired, options.defaultNamespace)[0];
  const declared = isObject(resource.object.spec) ? resource.object.spec.replicas : undefined;
  const replicas = hpa && declared === undefined ? hpaMinReplicas(hpa) : undefined;
  const rollout = planRollout(before, resource, {
    kubernetesVersion: options.kubernetesVersion,
    defaultNamespace: options.defaultNamespace,
    nodeCount: change.kind === 'DaemonSet' && state ? own.length : undefined,
    replicas,
    templateChanged: templateChanged(change, templatePath),
    surgeFits: state && own[0] ? surgeCheck(state, own[0], options.maxPods ?? defaultMaxPods) : undefined,
  });
  return rollout;
}

/**
 * Whether `extra` more Pods of the workload fit next to everything the simulation placed. Trial
 * placements are capped at `maxPods` (a surge of billions is assumed to fit once that many do)
 * and grow by doubling, so a table of 1,000 growing surges costs a few trials, not 1,000.
 */
function surgeCheck(state: SchedulerState, pod: SimulatedPod, maxPods: number): SurgeFits {
  let tried = 0;
  let fitting = 0;
  return (extra) => {
    const wanted = Math.min(extra, maxPods);
    // fitting < tried means the cluster is full: the answer to any larger question is known
    if (wanted > tried && fitting === tried) {
      tried = Math.min(maxPods, Math.max(wanted, 2 * tried));
      fitting = state.countFitting(pod, tried);
    }
    if (fitting >= wanted) return { fits: true };
    const decision = fitting === 0 ? state.evaluate({ ...pod, name: `${pod.name}-surge`, node: undefined, status: 'Unsimulated' }) : undefined;
    const why = decision && decision.node === undefined ? `: ${decision.message}` : '';
    return { fits: false, reason: `the cluster has room for ${fitting} of ${plural(extra, 'extra Pod', 'extra Pods')}${why}` };
  };
}
