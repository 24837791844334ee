import { describe, expect, it } from 'vitest';
import { explainHttpRoute, routeHttpRoutes, routeServices } from '../../../src/plan/routing/index.js';
import { paletteFor } from '../../../src/report/colors.js';
import { httpRouteExplanationLines } from '../../../src/report/plan/plan-routing.js';
import { simulatedPodsOf, yamlSet } from './routing-fixtures.js';
import { itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };
const set = yamlSet(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: store}
spec:
  replicas: 2
  template:
    metadata: {labels: {app: store}}
    spec: {containers: [{name: s, image: s, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: store-v2}
spec:
  replicas: 1
  template:
    metadata: {labels: {app: store-v2}}
    spec: {containers: [{name: s, image: s, ports: [{name: http, containerPort: 8080}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: store}
spec: {selector: {app: store}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: v1
kind: Service
metadata: {name: store-v2}
spec: {selector: {app: store-v2}, ports: [{port: 80, targetPort: http}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: store}
spec:
  parentRefs: [{name: public, namespace: infra}]
  hostnames: ["*.example.com"]
  rules:
    - backendRefs: [{name: store, port: 80, weight: 90}, {name: store-v2, port: 80, weight: 10}]
    - matches: [{path: {type: Exact, value: /login}}]
      backendRefs: [{name: auth, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /admin}, headers: [{name: x-admin, value: "1"}]}]
      backendRefs: [{name: store, port: 80}]
    - matches: [{path: {type: PathPrefix, value: /api}}]
      backendRefs: [{name: api, namespace: other, port: 80}]
`);
const table = routeHttpRoutes(set, routeServices(set, simulatedPodsOf(set), options), options);

describe('HTTPRoute basics', () => {
  it('lists each match with its parents, hostnames and backends; no matches means PathPrefix /', () => {
    expect(table.matches.map((m) => [m.pathType, m.path, m.headerCount, m.backends.map((b) => `${b.namespace}/${b.name}:${b.weight}`)])).toEqual([
      ['PathPrefix', '/', 0, ['default/store:90', 'default/store-v2:10']],
      ['Exact', '/login', 0, ['default/auth:1']],
      ['PathPrefix', '/admin', 1, ['default/store:1']],
      ['PathPrefix', '/api', 0, ['other/api:1']],
    ]);
    expect(itemAt(table.matches, 0).parents).toEqual(['infra/public']);
  });

  it('reports a missing backend Service and a cross-namespace reference without ReferenceGrant', () => {
    expect(table.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['backend-service-missing', 'spec.rules.1.backendRefs.0.name'],
      ['backend-needs-reference-grant', 'spec.rules.3.backendRefs.0.namespace'],
    ]);
  });

  it('splits traffic by weight and matches wildcard hostnames by suffix', () => {
    const result = explainHttpRoute('https://shop.eu.example.com/cart', table);
    expect(result.match?.path).toBe('/');
    expect(result.backends.map((b) => [b.backend.name, b.share, b.backend.endpoints.map((e) => e.pod.name)])).toEqual([
      ['store', 0.9, ['store-0', 'store-1']],
      ['store-v2', 0.1, ['store-v2-0']],
    ]);
  });

  it('prefers an Exact path and leaves header matches out of a plain request', () => {
    expect(explainHttpRoute('https://a.example.com/login', table).match?.path).toBe('/login');
    const admin = explainHttpRoute('https://a.example.com/admin/users', table);
    expect(admin.match?.path).toBe('/');
    expect(admin.notes[0]).toContain('also matches /admin for requests with a given method, headers or query parameters');
  });

  it('answers 404 for a host no route names', () => {
    expect(explainHttpRoute('https://example.org/', table).reason).toBe('No HTTPRoute matches example.org/: the Gateway answers 404.');
  });
});

describe('HTTPRoute formatter', () => {
  it('prints the weighted split of one request', () => {
    expect(httpRouteExplanationLines(explainHttpRoute('https://a.example.com/', table), paletteFor(false))).toEqual([
      'HTTPRoute https://a.example.com/',
      '  / PathPrefix of HTTPRoute default/store',
      '    → 90% Service default/store:80 → store-0:8080, store-1:8080',
      '    → 10% Service default/store-v2:80 → store-v2-0:8080',
    ]);
  });
});
