import { describe, expect, it } from 'vitest';
import { explainRoute, maxListedPods, routeHttpRoutes, routeIngresses, routeServices } from '../../../src/plan/routing/index.js';
import { paletteFor } from '../../../src/report/colors.js';
import { routeExplanationJson, routeExplanationLines, routingJsonValue, routingMarkdownLines, routingTextLines } from '../../../src/report/plan/plan-routing.js';
import { simulatedPodsOf, yamlSet } from './routing-fixtures.js';
import { firstItems, itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };
const plain = paletteFor(false);
const replicas = maxListedPods * 3;

// one Deployment of 300 Pods, 250 of them Pending, behind a Service, an Ingress and an HTTPRoute
const set = yamlSet(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: c, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}, {name: admin, port: 81, targetPort: admin}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  ingressClassName: nginx
  rules: [{host: web.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web}
spec:
  rules: [{backendRefs: [{name: web, port: 80}]}]
`);
const pending = Array.from({ length: 250 }, (_, i) => `web-${i + 50}`);
const services = routeServices(set, simulatedPodsOf(set, pending), options);
const [web] = firstItems(services, 1);
const table = routeIngresses(set, services, options);
const httpRoutes = routeHttpRoutes(set, services, options);

describe(`routing lists at most ${maxListedPods} Pods per list and counts them all`, () => {
  it('keeps the first Pods of each Service list and the exact counts', () => {
    expect(web.selectedPods.map((p) => p.name)).toEqual(Array.from({ length: maxListedPods }, (_, i) => `web-${i}`));
    expect(web.selectedPodCount).toBe(replicas);
    expect(web.readyPods).toHaveLength(50);
    expect(web.readyPodCount).toBe(50);
    expect(web.state).toBe('routes');
    expect(itemAt(web.ports, 0).endpoints).toHaveLength(50);
    expect(itemAt(web.ports, 0).endpointCount).toBe(50);
    // every selected Pod misses the port name admin, Pending ones too
    expect(itemAt(web.ports, 1).missingTargetPort).toHaveLength(maxListedPods);
    expect(itemAt(web.ports, 1).missingTargetPortCount).toBe(replicas);
    expect(itemAt(web.ports, 1).endpointCount).toBe(0);
    expect(web.findings.map((f) => f.message)).toEqual([
      'Service port 81 targets the container port named "admin" (TCP), which no selected Pod exposes; those Pods get no traffic on this port.',
    ]);
  });

  it('counts endpoints beyond the cap, and the Pending Pods of a backend exactly', () => {
    const all = routeServices(set, simulatedPodsOf(set), options);
    expect(itemAt(itemAt(all, 0).ports, 0).endpoints).toHaveLength(maxListedPods);
    expect(itemAt(itemAt(all, 0).ports, 0).endpointCount).toBe(replicas);
    const answer = itemAt(explainRoute('https://web.example.com/', table).answers, 0);
    expect(answer.endpointCount).toBe(50);
    expect(answer.notes).toContain('250 selected Pods are Pending (no node fits) and get no traffic.');
    expect(routeExplanationJson(explainRoute('https://web.example.com/', table))).toMatchObject({ answers: [{ endpointCount: 50 }] });
  });

  it('prints "… N more" with the exact count in text and Markdown', () => {
    const allServices = routeServices(set, simulatedPodsOf(set), options);
    const allTable = routeIngresses(set, allServices, options);
    const more = `web-0:8080, web-1:8080, web-2:8080, web-3:8080, … ${replicas - 4} more`;
    expect(routingTextLines(allServices, allTable, plain)).toContain(`    80/TCP → http: ${more}`);
    expect(routingMarkdownLines(allServices, allTable).some((line) => line.includes(`| web:80 | ${more} |`))).toBe(true);
    expect(routeExplanationLines(explainRoute('https://web.example.com/', allTable), plain)).toContain(`    → Pods: ${more}`);
  });

  it('gives the capped lists and the exact counts in JSON', () => {
    const json = routingJsonValue(services, table, httpRoutes) as {
      services: Record<string, unknown>[];
      ingress: { hosts: { paths: { backend: Record<string, unknown> }[] }[] };
      httpRoutes: { backends: Record<string, unknown>[] }[];
    };
    const service = json.services[0] as { selectedPods: string[]; ports: { endpoints: unknown[]; missingTargetPort: string[] }[] };
    expect(json.services[0]).toMatchObject({ selectedPodCount: replicas, readyPodCount: 50, podDnsNameCount: 0 });
    expect(service.selectedPods).toHaveLength(maxListedPods);
    expect(service.ports[1]).toMatchObject({ endpointCount: 0, missingTargetPortCount: replicas });
    expect(itemAt(service.ports, 1).missingTargetPort).toHaveLength(maxListedPods);
    expect(itemAt(itemAt(json.ingress.hosts, 0).paths, 0).backend).toMatchObject({ endpointCount: 50 });
    expect(itemAt(json.httpRoutes, 0).backends[0]).toMatchObject({ endpointCount: 50 });
  });

  it('caps the Pod DNS names of a headless Service and says how many more there are', () => {
    const db = yamlSet(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: ${replicas}
  serviceName: db
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: db}]}
---
apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}
`);
    const routes = routeServices(db, simulatedPodsOf(db), options);
    expect(itemAt(routes, 0).podDnsNames).toHaveLength(maxListedPods);
    expect(itemAt(itemAt(routes, 0).podDnsNames, 0).name).toBe('db-0.db.default.svc.cluster.local');
    expect(itemAt(routes, 0).podDnsNameCount).toBe(replicas);
    const lines = routingTextLines(routes, routeIngresses(db, routes, options), plain);
    expect(lines.filter((l) => l.endsWith('.svc.cluster.local'))).toHaveLength(maxListedPods);
    expect(lines).toContain(`    … and ${replicas - maxListedPods} more Pod DNS names`);
  });

  it('names at most 10 workloads whose Pods miss a port name, and counts the others', () => {
    const pods = Array.from({ length: 12 }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, labels: {app: x}}\nspec: {containers: [{name: c, image: c}]}\n`);
    const mixed = yamlSet([
      ...pods,
      'apiVersion: v1\nkind: Pod\nmetadata: {name: ok, labels: {app: x}}\nspec: {containers: [{name: c, image: c, ports: [{name: http, containerPort: 80}]}]}\n',
      'apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {selector: {app: x}, ports: [{port: 80, targetPort: http}]}\n',
    ].join('---\n'));
    const [route] = firstItems(routeServices(mixed, simulatedPodsOf(mixed), options), 1);
    const named = Array.from({ length: 10 }, (_, i) => `Pod/p${i}`).join(', ');
    expect(itemAt(route.findings, 0).message).toContain(`which the Pods of ${named} and 2 more workloads do not expose`);
  });
});
