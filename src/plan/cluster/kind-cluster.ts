import { isObject, labelsOf, plural, type Diagnostic, type Quantity, type Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { clusterDiagnostic } from './cluster-diagnostic.js';
import type { ClusterModel, ModelNode } from './cluster-model.js';
import { fixedPod } from './fixed-pod.js';
import { readKubeadmPatches } from './kind-patches.js';
import { defaultNodeCapacity, parseNodeCapacity } from './node-capacity.js';
import { formatUnits, toUnits } from './resource-units.js';

export const controlPlaneTaintKey = 'node-role.kubernetes.io/control-plane';

/** Options for reading a kind config. */
export interface KindClusterOptions {
  /** Each node's allocatable, `cpu=4,memory=8Gi,pods=110` (default {@link defaultNodeCapacity}). */
  nodeCapacity?: string;
}

/**
 * The nodes `kind create cluster --config` would make from a `kind.x-k8s.io/v1alpha4` Cluster:
 * kind's names and labels, kubeadm's control-plane label and taint (dropped on a one-node
 * cluster, as kind does), patched labels and taints, and kind's system Pods as running usage.
 */
export function kindClusterModel(resource: Resource, options: KindClusterOptions = {}): { model?: ClusterModel; diagnostics: Diagnostic[] } {
  const config = resource.object;
  const diagnostics: Diagnostic[] = [];
  const clusterName = typeof config.name === 'string' && config.name !== '' ? config.name : 'kind';
  const declared = config.nodes ?? [{ role: 'control-plane' }];
  if (!Array.isArray(declared)) {
    return { diagnostics: [clusterDiagnostic(resource, ['nodes'], 'nodes must be a list of nodes (`- role: worker`), not a mapping')] };
  }
  const capacity = parseNodeCapacity(options.nodeCapacity ?? defaultNodeCapacity);
  const clusterPatches = readKubeadmPatches(config.kubeadmConfigPatches);
  const counters = { 'control-plane': 0, worker: 0 };
  const nodes: ModelNode[] = [];
  declared.forEach((entry: unknown, index) => {
    if (!isObject(entry)) {
      diagnostics.push(clusterDiagnostic(resource, ['nodes', index], 'each node is a mapping with a role'));
      return;
    }
    const role = entry.role ?? 'control-plane';
    if (role !== 'control-plane' && role !== 'worker') {
      diagnostics.push(clusterDiagnostic(resource, ['nodes', index, 'role'], `role must be control-plane or worker, not ${JSON.stringify(role)}`));
      return;
    }
    counters[role] += 1;
    const name = `${clusterName}-${role}${counters[role] === 1 ? '' : counters[role]}`;
    nodes.push(kindNode(name, role, entry, clusterPatches.maxPods, capacity));
  });
  if (diagnostics.length > 0) return { diagnostics };
  const [lone] = nodes;
  if (lone && nodes.length === 1) {
    // kind untaints a lone control plane so ordinary Pods can run on it
    lone.taints = lone.taints.filter((t) => t.key !== controlPlaneTaintKey);
    delete lone.labels['node.kubernetes.io/exclude-from-external-load-balancers'];
  }
  const cpu = describeQuantity('cpu', capacity.cpu);
  const memory = describeQuantity('memory', capacity.memory);
  return {
    model: {
      nodes,
      runningPods: kindSystemPods(nodes),
      describedAs: `kind cluster "${clusterName}" (${plural(nodes.length, 'node', 'nodes')}, each ${cpu} CPU / ${memory} memory; kind's system Pods estimated)`,
    },
    diagnostics,
  };
}

function kindNode(name: string, role: 'control-plane' | 'worker', entry: Record<string, unknown>, clusterMaxPods: number | undefined, capacity: Record<string, Quantity>): ModelNode {
  const patches = readKubeadmPatches(entry.kubeadmConfigPatches);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
  };
  const taints: ModelNode['taints'] = [];
  if (role === 'control-plane') {
    labels[controlPlaneTaintKey] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
    taints.push({ key: controlPlaneTaintKey, effect: 'NoSchedule' });
  }
  Object.assign(labels, labelsOf(entry.labels), patches.labels);
  taints.push(...patches.taints);
  const allocatable = { ...capacity };
  const maxPods = patches.maxPods ?? clusterMaxPods;
  if (maxPods !== undefined) allocatable.pods = { mantissa: BigInt(maxPods), exponent: 0 };
  return { name, labels, taints, allocatable, unschedulable: false, ready: true };
}

// estimates of what a fresh kind cluster runs (requests vary a little between kind releases)
function kindSystemPods(nodes: readonly ModelNode[]): SimulatedPod[] {
  const pods = nodes.map((node) => fixedPod(`kindnet-${node.name}`, 'kube-system', node.name, { cpu: '100m', memory: '50Mi' }));
  const first = nodes.find((n) => controlPlaneTaintKey in n.labels) ?? nodes[0];
  if (!first) return pods;
  const controlPlane: [string, Record<string, string>][] = [
    [`etcd-${first.name}`, { cpu: '100m', memory: '100Mi' }],
    [`kube-apiserver-${first.name}`, { cpu: '250m' }],
    [`kube-controller-manager-${first.name}`, { cpu: '200m' }],
    [`kube-scheduler-${first.name}`, { cpu: '100m' }],
    ['coredns-0', { cpu: '100m', memory: '70Mi' }],
    ['coredns-1', { cpu: '100m', memory: '70Mi' }],
  ];
  for (const [name, requests] of controlPlane) pods.push(fixedPod(name, 'kube-system', first.name, requests));
  return pods;
}

function describeQuantity(name: string, quantity: Quantity | undefined): string {
  return quantity ? formatUnits(name, toUnits(name, quantity)) : '?';
}
