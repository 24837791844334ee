import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, hasCrashOutput, runMeasured, workMs, type MeasuredRun } from './run-measured.js';
import { itemAt } from '../helpers/item-at.js';

// `plan` on workloads of billions of Pods: the budget is a few seconds and 500 MB on a quiet
// machine; the asserts leave room for a busy CI runner, and the log line gives the numbers.
const maxMs = 30_000;
const maxRssMb = 500;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drydock-planner-bounds-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const huge = 2147483647;
const podSpec = 'containers: [{name: c, image: "nginx:1.0", resources: {requests: {cpu: 1m, memory: 1Mi}}}]';
const template = (app: string) => `  selector: {matchLabels: {app: ${app}}}\n  template:\n    metadata: {labels: {app: ${app}}}\n    spec:\n      ${podSpec}\n`;
const workloads: [string, string][] = [
  ['Deployment with 2147483647 replicas and maxSurge 1', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: ${huge}\n  strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}\n${template('d')}`],
  ['Deployment with a huge surge', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: surge}\nspec:\n  replicas: ${huge}\n  strategy: {rollingUpdate: {maxSurge: "100%", maxUnavailable: 0}}\n${template('surge')}`],
  ['StatefulSet with 2147483647 replicas', `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec:\n  replicas: ${huge}\n  serviceName: s\n${template('s')}`],
  ['Job with huge parallelism and completions', `apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: ${huge}\n  completions: ${huge}\n  template:\n    spec:\n      restartPolicy: Never\n      ${podSpec}\n`],
  ['HPA with huge minReplicas and maxReplicas', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: h}\nspec:\n${template('h')}---\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: h}\n  minReplicas: ${huge}\n  maxReplicas: ${huge}\n`],
];

/** A drydock cluster file of `entries` node groups of `count` nodes each. */
function clusterFile(entries: number, count: number): string {
  const nodes = Array.from({ length: entries }, (_, i) => `  - name: n${i}\n    count: ${count}\n    allocatable: {cpu: "64", memory: 256Gi, pods: 110}`);
  return `apiVersion: drydock.dev/v1\nkind: Cluster\nmetadata: {name: big}\nnodes:\n${nodes.join('\n')}\n`;
}

function expectBounded(run: MeasuredRun, label: string, code = 0): void {
  console.log(describeRun(label, run));
  expect(run.signal, 'killed by the timeout').toBeNull();
  expect(hasCrashOutput(run.stderr), run.stderr.slice(0, 2000)).toBe(false);
  expect(run.code, run.stderr.slice(0, 2000)).toBe(code);
  expect(workMs(run)).toBeLessThan(maxMs);
  if (run.rssMb !== undefined) expect(run.rssMb).toBeLessThan(maxRssMb);
}

function ruleIds(run: MeasuredRun): string[] {
  return (JSON.parse(run.stdout) as { diagnostics: { ruleId: string }[] }).diagnostics.map((d) => d.ruleId);
}

describe('the planner simulates at most 10,000 Pods and says what it cut', () => {
  it.each(workloads)('plans a %s on a 5,000-node cluster', (label, manifest) => {
    const file = write(`${label.replace(/\W+/g, '-')}.yaml`, manifest);
    const cluster = write('cluster-5000.yaml', clusterFile(5, 1000));
    const run = runMeasured(['plan', '-f', 'json', file, '--cluster', cluster], { timeoutMs: 60_000 });
    expectBounded(run, label);
    expect(ruleIds(run)).toContain('plan/pods-not-simulated');
  }, 90_000);

  it('plans every huge workload at once, and a DaemonSet on 5,000 nodes, as text', () => {
    const daemonSet = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: ds}\nspec:\n${template('ds')}`;
    const file = write('all.yaml', [...workloads.map(([, m]) => m), daemonSet].join('---\n'));
    const cluster = write('cluster-5000.yaml', clusterFile(5, 1000));
    const run = runMeasured(['plan', file, '--cluster', cluster], { timeoutMs: 60_000 });
    expectBounded(run, 'all huge workloads');
    expect(run.stdout).toContain('plan/pods-not-simulated');
    expect(run.stdout).toContain('more steps the same way');
  }, 90_000);

  it('takes --max-pods, and refuses a value that is not a whole number from 1 to 1000000', () => {
    const file = write('deployment.yaml', itemAt(workloads, 0)[1]);
    const run = runMeasured(['plan', '-f', 'json', '--max-pods', '50', file]);
    expectBounded(run, '--max-pods 50');
    expect(run.stdout).toContain('only 50 of this Deployment');
    for (const bad of ['0', '-1', 'x', '1000001']) {
      const refused = runMeasured(['plan', '--max-pods', bad, file]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--max-pods takes a whole number');
    }
  }, 90_000);

  it('refuses a cluster model of more than 5,000 nodes with a diagnostic', () => {
    const file = write('small.yaml', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: 2\n${template('web')}`);
    const cluster = write('cluster-50000.yaml', clusterFile(5, 10_000));
    const run = runMeasured(['plan', '-f', 'json', file, '--cluster', cluster], { timeoutMs: 60_000 });
    expectBounded(run, '50,000-node cluster', 1);
    expect(ruleIds(run)).toContain('input/cluster-invalid');
  }, 90_000);
});
