// Scheduling benchmark (not a test): 10,000 Pods of 100 workloads on 1,000 nodes in 10 zones,
// with required node affinity, topology spread constraints (DoNotSchedule) and required pod
// anti-affinity, placed by schedulePods. Goal: under 2 s.
//
//   npx tsx scripts/bench-schedule.ts [--json]
import { performance } from 'node:perf_hooks';
import type { ClusterModel, ModelNode } from '../src/plan/cluster/index.js';
import { schedulePods } from '../src/plan/schedule/index.js';
import type { SimulatedPod } from '../src/plan/simulated-pod.js';
import type { JsonObject } from '../src/resources/index.js';

const nodeCount = 1000;
const workloads = 100;
const replicas = 100;
const goalMs = 2000;

function nodes(): ModelNode[] {
  return Array.from({ length: nodeCount }, (_, i) => {
    const name = `node-${String(i).padStart(4, '0')}`;
    const labels: Record<string, string> = {
      'kubernetes.io/hostname': name,
      'topology.kubernetes.io/zone': `zone-${i % 10}`,
      pool: i % 4 === 0 ? 'memory' : 'general',
    };
    const taints: ModelNode['taints'] = i % 50 === 0 ? [{ key: 'dedicated', value: 'infra', effect: 'NoSchedule' }] : [];
    const q = (mantissa: bigint, exponent = 0) => ({ mantissa, exponent });
    return { name, labels, taints, unschedulable: false, ready: true, allocatable: { cpu: q(16n), memory: q(64n * 2n ** 30n), pods: q(110n) } };
  });
}

function spec(w: number): JsonObject {
  const app = `app-${w}`;
  const base: JsonObject = {
    containers: [{ name: 'main', image: `example/${app}:1`, resources: { requests: { cpu: `${100 + (w % 5) * 100}m`, memory: `${128 * (1 + (w % 4))}Mi` } } }],
  };
  if (w % 3 === 0) {
    base.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['general'] }] }] } } };
    base.topologySpreadConstraints = [{ maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app } } }];
  } else if (w % 3 === 1) {
    base.affinity = { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app } } }] } };
  } else {
    base.affinity = { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 50, preference: { matchExpressions: [{ key: 'pool', operator: 'In', values: ['memory'] }] } }] } };
    base.topologySpreadConstraints = [{ maxSkew: 2, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { app } } }];
  }
  return base;
}

function pods(): SimulatedPod[] {
  const out: SimulatedPod[] = [];
  for (let w = 0; w < workloads; w++) {
    const labels = { app: `app-${w}` };
    const owner = { apiVersion: 'apps/v1', kind: 'Deployment', name: `app-${w}`, namespace: 'bench' };
    const shared = spec(w);
    for (let r = 0; r < replicas; r++) out.push({ name: `app-${w}-${r}`, namespace: 'bench', labels, spec: shared, owner, status: 'Unsimulated' });
  }
  return out;
}

const model: ClusterModel = { nodes: nodes(), runningPods: [], describedAs: 'benchmark' };
const input = pods();
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = schedulePods(input, model, { kubernetesVersion: '1.35' });
const ms = performance.now() - start;
// CPU time too: on a shared machine the wall time includes waiting for a core
const cpu = process.cpuUsage(cpuStart);
const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
const summary = { pods: input.length, nodes: nodeCount, placed: result.placements.length, pending: result.pending.length, ms: Math.round(ms), cpuMs, goalMs };
if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
else console.log(`schedulePods: ${summary.pods} Pods on ${summary.nodes} nodes in ${summary.ms} ms wall, ${summary.cpuMs} ms CPU (goal < ${goalMs} ms); ${summary.placed} placed, ${summary.pending} pending`);
