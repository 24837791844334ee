import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeRun, hasCrashOutput, runMeasured, workMs, type MeasuredRun } from './run-measured.js';
import { itemAt } from '../helpers/item-at.js';

// 1,000 Services over one 10,000-replica Deployment (a 125 KB file) once held 10 million
// endpoints: `plan -f json` died with `Invalid string length` after 25 s at 3 GB. Now it takes
// under 2 s and 200 MB on a quiet machine; the asserts leave room for a busy CI runner.
const maxMs = 30_000;
const maxRssMb = 1_000;
const services = 1_000;
const replicas = 10_000;

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'drydock-routing-bounds-'));
  const deployment = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: ${replicas}\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers: [{name: c, image: "nginx:1.0", ports: [{name: http, containerPort: 80}]}]\n`;
  const service = (i: number) => `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n`;
  file = path.join(dir, 'services.yaml');
  writeFileSync(file, [deployment, ...Array.from({ length: services }, (_, i) => service(i))].join('---\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectBounded(run: MeasuredRun, label: string): void {
  console.log(describeRun(label, run));
  expect(run.signal, 'killed by the timeout').toBeNull();
  expect(hasCrashOutput(run.stderr), run.stderr.slice(0, 2000)).toBe(false);
  expect([0, 1], run.stderr.slice(0, 2000)).toContain(run.code);
  expect(workMs(run)).toBeLessThan(maxMs);
  if (run.rssMb !== undefined) expect(run.rssMb).toBeLessThan(maxRssMb);
}

interface ServiceJson {
  selectedPods: string[];
  selectedPodCount: number;
  readyPodCount: number;
  ports: { endpoints: unknown[]; endpointCount: number }[];
}

describe('routing stays linear in Services plus Pods', () => {
  it(`plans ${services} Services over one ${replicas}-replica Deployment as JSON, with exact counts`, () => {
    const run = runMeasured(['plan', '-f', 'json', file], { timeoutMs: 60_000 });
    expectBounded(run, `${services} Services × ${replicas} Pods, JSON`);
    const json = JSON.parse(run.stdout) as { routing: { services: ServiceJson[] } };
    expect(json.routing.services).toHaveLength(services);
    for (const service of [itemAt(json.routing.services, 0), itemAt(json.routing.services, services - 1)]) {
      expect(service).toMatchObject({ selectedPodCount: replicas, readyPodCount: replicas });
      expect(service.selectedPods).toHaveLength(100);
      expect(itemAt(service.ports, 0).endpoints).toHaveLength(100);
      expect(itemAt(service.ports, 0).endpointCount).toBe(replicas);
    }
  }, 90_000);

  it(`plans the same as text, saying how many more Pods each port has`, () => {
    const run = runMeasured(['plan', file], { timeoutMs: 60_000 });
    expectBounded(run, `${services} Services × ${replicas} Pods, text`);
    expect(run.stdout).toContain(`80/TCP → http: web-0:80, web-1:80, web-2:80, web-3:80, … ${replicas - 4} more`);
  }, 90_000);
});
