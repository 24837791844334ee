import { isObject, type JsonObject, type JsonPath } from '../../resources/index.js';
import { formatUnits } from '../cluster/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { FilterPlugin, FilterStatus } from './filter-status.js';
import type { NodeState } from './node-state.js';
import { containerRequests } from './pod-requests.js';
import { firstUntoleratedTaint, tolerationsOf } from './taint-toleration.js';
import type { RequestedHostPort } from './node-ports.js';
import { resourceId } from './resource-ids.js';
import type { PodClaim } from './volume-binding.js';

/** What a hint may point at. */
export interface HintContext {
  pod: SimulatedPod;
  /** The pod spec's path in the owner's manifest. */
  specPath: JsonPath;
  requests: ReadonlyMap<string, number>;
  hostPorts: readonly RequestedHostPort[];
  claims: readonly PodClaim[];
  nodes: readonly NodeState[];
}

export interface Hint {
  hint: string;
  path?: JsonPath;
}

const pluginOrder: FilterPlugin[] = ['NodeUnschedulable', 'NodeName', 'TaintToleration', 'NodeAffinity', 'NodePorts', 'NodeResourcesFit', 'VolumeBinding', 'VolumeZone', 'PodTopologySpread', 'InterPodAffinity'];

/** Advice for a Pod no node takes: the plugin that rejected the most nodes decides which field to name. */
export function unschedulableHint(statuses: readonly FilterStatus[], context: HintContext): Hint {
  const counted = new Map<FilterPlugin, FilterStatus[]>();
  for (const status of statuses) {
    if (status.narrowed) continue;
    const list = counted.get(status.plugin) ?? [];
    list.push(status);
    counted.set(status.plugin, list);
  }
  const ranked = [...counted].sort(([a, x], [b, y]) => y.length - x.length || pluginOrder.indexOf(a) - pluginOrder.indexOf(b));
  const [top] = ranked;
  if (!top) return { hint: 'no node exists for this Pod', path: context.specPath };
  const [plugin, list] = top;
  const spec = context.specPath;
  const affinity = (field: string): JsonPath => [...spec, 'affinity', field];
  switch (plugin) {
    case 'NodeResourcesFit':
      return resourceHint(list, context);
    case 'TaintToleration': {
      const tolerations = tolerationsOf(context.pod.spec);
      const taint = context.nodes.map((n) => firstUntoleratedTaint(tolerations, n.node)).find((t) => t !== undefined);
      const named = taint ? ` (${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect})` : '';
      return { hint: `${list.length === 1 ? '1 node has' : `${list.length} nodes have`} a taint the Pod does not tolerate${named}: add a toleration to spec.tolerations if it may run there`, path: [...spec, 'tolerations'] };
    }
    case 'NodeAffinity': {
      const usesSelector = isObject(context.pod.spec.nodeSelector);
      return {
        hint: `no node has the labels ${usesSelector ? 'spec.nodeSelector' : 'the required node affinity'} asks for: fix the selector or label the nodes`,
        path: usesSelector ? [...spec, 'nodeSelector'] : affinity('nodeAffinity'),
      };
    }
    case 'NodeUnschedulable':
      return { hint: 'the nodes that would fit are cordoned (spec.unschedulable): uncordon one or add a node', path: spec };
    case 'NodeName':
      return { hint: 'spec.nodeName names another node', path: [...spec, 'nodeName'] };
    case 'NodePorts': {
      const port = context.hostPorts[0];
      return { hint: `hostPort ${port?.port ?? ''} is already taken on the nodes that would fit: drop the hostPort or choose another`, path: port ? [...spec, ...port.path] : spec };
    }
    case 'VolumeBinding':
    case 'VolumeZone': {
      const claim = context.claims[0];
      return { hint: `no node the Pod may use can reach a volume for claim "${claim?.name ?? ''}": check the PersistentVolume's node affinity and zone, or the claim's storage class`, path: claim?.path ?? spec };
    }
    case 'PodTopologySpread':
      return { hint: 'placing it would exceed maxSkew of a DoNotSchedule spread constraint: raise maxSkew, use whenUnsatisfiable: ScheduleAnyway, or add nodes in the emptier domains', path: [...spec, 'topologySpreadConstraints'] };
    case 'InterPodAffinity': {
      const reason = list[0]?.reasons[0] ?? '';
      if (reason.includes('existing pods')) return { hint: 'a running Pod\'s required anti-affinity excludes this Pod from the nodes that fit: relax that rule or add nodes', path: spec };
      if (reason.includes('anti-affinity')) {
        return { hint: 'required pod anti-affinity allows one Pod per topology domain and every domain that fits is taken: lower spec.replicas, add nodes, or use preferredDuringSchedulingIgnoredDuringExecution', path: affinity('podAntiAffinity') };
      }
      return { hint: 'no Pod the required pod affinity selects runs on a node this Pod may use', path: affinity('podAffinity') };
    }
  }
}

function resourceHint(statuses: readonly FilterStatus[], context: HintContext): Hint {
  const short = new Map<string, number>();
  for (const status of statuses) for (const resource of status.resources ?? []) short.set(resource, (short.get(resource) ?? 0) + 1);
  const [resource] = [...short].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0] ?? ['cpu'];
  if (resource === 'pods') {
    const hasReplicas = context.pod.owner.kind !== 'Pod' && context.pod.owner.kind !== 'DaemonSet';
    return { hint: 'the nodes that would fit are at their Pod limit (allocatable pods): add nodes or lower spec.replicas', path: hasReplicas ? ['spec', 'replicas'] : context.specPath };
  }
  const wanted = context.requests.get(resource) ?? 0;
  let mostFree = 0;
  const id = resourceId(resource);
  for (const node of context.nodes) mostFree = Math.max(mostFree, (node.allocatable[id] ?? 0) - (node.requested[id] ?? 0));
  const container = largestRequester(context.pod.spec, resource);
  const where = container ? ` of container "${container.name}"` : '';
  return {
    hint: `the Pod requests ${formatUnits(resource, wanted)} ${resource} but no node has more than ${formatUnits(resource, mostFree)} free: lower resources.requests.${resource}${where} or add capacity`,
    path: container ? [...context.specPath, ...container.path] : context.specPath,
  };
}

function largestRequester(spec: JsonObject, resource: string): { name: string; path: JsonPath } | undefined {
  let best: { name: string; path: JsonPath; amount: number } | undefined;
  for (const field of ['containers', 'initContainers']) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container: unknown, index) => {
      const amount = containerRequests(container).get(resource) ?? 0;
      if (!isObject(container) || amount <= 0 || (best && best.amount >= amount)) return;
      const requests = isObject(container.resources) && isObject(container.resources.requests) ? container.resources.requests : {};
      const section = resource in requests ? 'requests' : 'limits';
      best = { name: typeof container.name === 'string' ? container.name : '', path: [field, index, 'resources', section, resource], amount };
    });
  }
  return best;
}
