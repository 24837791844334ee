import { describe, expect, it } from 'vitest';
import { jobPodCount } from '../../../src/plan/pods/index.js';
import { tolerationsOf } from '../../../src/plan/schedule/index.js';
import { valueAt } from '../../../src/resources/index.js';
import { node, podsOf } from '../schedule/helpers.js';
import { itemAt } from '../../helpers/item-at.js';

const template = (labels = '{app: web}', spec = '') => `
  template:
    metadata: {labels: ${labels}}
    spec:
      containers: [{name: c, image: web}]${spec}`;

// planner-simulation.md §5
describe('expandPods', () => {
  it('makes spec.replicas Pods of a Deployment (1 when unset), with a stable pod-template-hash', () => {
    const { pods } = podsOf(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: shop}\nspec:\n  replicas: 3\n${template()}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: one}\nspec:\n${template('{app: one}')}`);
    expect(pods.map((p) => `${p.namespace}/${p.name}`)).toEqual(['shop/web-0', 'shop/web-1', 'shop/web-2', 'default/one-0']);
    expect(itemAt(pods, 0).labels).toMatchObject({ app: 'web', 'pod-template-hash': expect.stringMatching(/^[bcdfghjklmnpqrstvwxz2456789]{10}$/) });
    expect(itemAt(pods, 1).labels['pod-template-hash']).toBe(itemAt(pods, 0).labels['pod-template-hash']);
    expect(itemAt(pods, 3).labels['pod-template-hash']).not.toBe(itemAt(pods, 0).labels['pod-template-hash']);
    expect(pods.every((p) => p.status === 'Unsimulated' && p.owner.kind === 'Deployment')).toBe(true);
  });

  it('raises replicas to an HPA\'s minReplicas and caps them at maxReplicas', () => {
    const hpa = (min: number, max: number) => `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: ${min}\n  maxReplicas: ${max}`;
    const deployment = (replicas: number) => `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n${template()}`;
    expect(podsOf(`${deployment(1)}\n---\n${hpa(4, 10)}`).pods).toHaveLength(4);
    expect(podsOf(`${deployment(12)}\n---\n${hpa(2, 5)}`).pods).toHaveLength(5);
    // an HPA leaves a workload scaled to zero alone
    expect(podsOf(`${deployment(0)}\n---\n${hpa(2, 5)}`).pods).toHaveLength(0);
  });

  it('names StatefulSet Pods by ordinal from spec.ordinals.start', () => {
    const { pods } = podsOf(`apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db}\nspec:\n  replicas: 2\n  ordinals: {start: 5}\n  serviceName: db\n${template('{app: db}')}`);
    expect(pods.map((p) => [p.name, p.ordinal])).toEqual([['db-5', 5], ['db-6', 6]]);
    expect(itemAt(pods, 0).labels).toMatchObject({ app: 'db', 'statefulset.kubernetes.io/pod-name': 'db-5', 'apps.kubernetes.io/pod-index': '5' });
  });

  describe('DaemonSets', () => {
    const nodes = [
      node('cp', { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }),
      node('w1', { labels: { disk: 'ssd' } }),
      node('w2', { unschedulable: true, taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }] }),
    ];
    const daemonSet = (spec = '') => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent}\nspec:\n${template('{app: agent}', spec)}`;

    it('makes one Pod per node whose taints it tolerates, cordoned nodes included', () => {
      const { pods } = podsOf(daemonSet(), nodes);
      expect(pods.map((p) => p.name)).toEqual(['agent-w1', 'agent-w2']);
      const required = valueAt(itemAt(pods, 0).spec, ['affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms']);
      expect(required).toEqual([{ matchFields: [{ key: 'metadata.name', operator: 'In', values: ['w1'] }] }]);
    });

    it('adds the controller\'s tolerations, network-unavailable only with hostNetwork', () => {
      const keys = (spec: string) => tolerationsOf(itemAt(podsOf(daemonSet(spec), nodes).pods, 0).spec).map((t) => `${t.key}:${t.effect}`);
      expect(keys('')).toEqual([
        'node.kubernetes.io/not-ready:NoExecute', 'node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/disk-pressure:NoSchedule',
        'node.kubernetes.io/memory-pressure:NoSchedule', 'node.kubernetes.io/pid-pressure:NoSchedule', 'node.kubernetes.io/unschedulable:NoSchedule',
      ]);
      expect(keys('\n      hostNetwork: true')).toContain('node.kubernetes.io/network-unavailable:NoSchedule');
    });

    it('honours the template\'s nodeSelector and its own tolerations', () => {
      expect(podsOf(daemonSet('\n      nodeSelector: {disk: ssd}'), nodes).pods.map((p) => p.name)).toEqual(['agent-w1']);
      expect(podsOf(daemonSet('\n      tolerations: [{operator: Exists}]'), nodes).pods.map((p) => p.name)).toEqual(['agent-cp', 'agent-w1', 'agent-w2']);
    });

    it('gives one representative Pod without a cluster model', () => {
      expect(podsOf(daemonSet()).pods.map((p) => p.name)).toEqual(['agent-0']);
    });
  });

  it('runs min(parallelism, completions) Job Pods, none when suspended, indexed names for Indexed Jobs', () => {
    expect(jobPodCount({})).toBe(1);
    expect(jobPodCount({ parallelism: 4 })).toBe(4);
    expect(jobPodCount({ parallelism: 4, completions: 2 })).toBe(2);
    expect(jobPodCount({ parallelism: 4, suspend: true })).toBe(0);
    const { pods } = podsOf(`apiVersion: batch/v1\nkind: Job\nmetadata: {name: batch}\nspec:\n  completionMode: Indexed\n  completions: 3\n  parallelism: 2\n${template('{app: batch}', '\n      restartPolicy: Never')}`);
    expect(pods.map((p) => [p.name, p.labels['batch.kubernetes.io/job-completion-index'], p.labels['job-name']])).toEqual([['batch-0', '0', 'batch'], ['batch-1', '1', 'batch']]);
  });

  it('leaves out what a controller in the input already stands for (a live dump\'s ReplicaSets and Pods)', () => {
    const { pods } = podsOf(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n${template()}\n---\napiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web-5d8f\n  ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, controller: true, uid: u1}]\nspec:\n  replicas: 2\n${template()}\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web-5d8f-abcde\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-5d8f, controller: true, uid: u2}]\nspec:\n  containers: [{name: c, image: web}]`);
    expect(pods.map((p) => p.name)).toEqual(['web-0', 'web-1']);
  });

  it('makes one Job\'s Pods for a CronJob, and a bare Pod as itself', () => {
    const { pods } = podsOf(`apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      parallelism: 2\n      template:\n        spec:\n          restartPolicy: Never\n          containers: [{name: c, image: job}]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: debug, labels: {run: debug}}\nspec:\n  containers: [{name: c, image: busybox}]`);
    expect(pods.map((p) => [p.name, p.owner.kind])).toEqual([['nightly-0', 'CronJob'], ['nightly-1', 'CronJob'], ['debug', 'Pod']]);
    expect(itemAt(pods, 2).labels).toEqual({ run: 'debug' });
  });
});
