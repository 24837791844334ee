import { describe, expect, it } from 'vitest';
import { routeServices } from '../../../src/plan/routing/index.js';
import { fixtureSet, simulatedPodsOf, yamlSet } from './routing-fixtures.js';
import { firstItems, itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };

describe('routeServices', () => {
  it('resolves a named targetPort per Pod, so two workloads may serve on different numbers', () => {
    const set = fixtureSet('routing/shop.yaml');
    const api = routeServices(set, simulatedPodsOf(set), options).find((s) => s.name === 'api');
    expect(api?.state).toBe('routes');
    expect(api?.ports[0]?.endpoints.map((e) => [e.pod.name, e.port])).toEqual([
      ['api-0', 9090],
      ['api-1', 9090],
      ['api-canary-0', 9091],
    ]);
    expect(api?.findings).toEqual([]);
  });

  it('reports a port name that some selected Pods do not expose, and which workloads they belong to', () => {
    const set = yamlSet(`
apiVersion: apps/v1
kind: Deployment
metadata: {name: a}
spec:
  replicas: 1
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: a, image: a, ports: [{name: http, containerPort: 80}]}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: b}
spec:
  replicas: 1
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: b, image: b, ports: [{name: web, containerPort: 80}, {name: http, containerPort: 81, protocol: UDP}]}]
---
apiVersion: v1
kind: Service
metadata: {name: x}
spec:
  selector: {app: x}
  ports: [{port: 80, targetPort: http}]
`);
    const [route] = firstItems(routeServices(set, simulatedPodsOf(set), options), 1);
    expect(itemAt(route.ports, 0).endpoints.map((e) => e.pod.name)).toEqual(['a-0']);
    expect(itemAt(route.ports, 0).missingTargetPort.map((p) => p.name)).toEqual(['b-0']);
    expect(route.findings).toMatchObject([{ code: 'target-port-not-found', path: ['spec', 'ports', 0, 'targetPort'] }]);
    expect(itemAt(route.findings, 0).message).toContain('Deployment/b');
    expect(route.service.rangeOf(itemAt(route.findings, 0).path).start.line).toBeGreaterThan(0);
  });

  it('tells apart no selector, no selected Pods, no ready Pods and ExternalName', () => {
    const set = yamlSet(`
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: p}}
spec: {containers: [{name: c, image: c}]}
---
apiVersion: v1
kind: Service
metadata: {name: manual}
spec: {ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: nothing}
spec: {selector: {app: none}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: pending}
spec: {selector: {app: p}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {type: ExternalName, externalName: db.example.com}
`);
    const routes = routeServices(set, simulatedPodsOf(set, ['p']), options);
    expect(routes.map((r) => [r.name, r.state])).toEqual([
      ['manual', 'no-selector'],
      ['nothing', 'selects-no-pods'],
      ['pending', 'no-ready-pods'],
      ['ext', 'external-name'],
    ]);
    expect(itemAt(routes, 3).externalName).toBe('db.example.com');
    expect(itemAt(routes, 2).ports[0]).toMatchObject({ port: 80, targetPort: 80, protocol: 'TCP', endpoints: [] });
  });

  it('gives NodePort facts and per-Pod DNS names of a headless StatefulSet Service', () => {
    const set = yamlSet(`
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db, namespace: data}
spec:
  replicas: 2
  serviceName: db
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: db, ports: [{name: sql, containerPort: 5432}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: db, namespace: data}
spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432, targetPort: sql}]}
---
apiVersion: v1
kind: Service
metadata: {name: db-public, namespace: data}
spec: {type: NodePort, selector: {app: db}, ports: [{port: 5432, nodePort: 30432}]}
`);
    const [headless, public_] = firstItems(routeServices(set, simulatedPodsOf(set), options), 2);
    expect(headless.isHeadless).toBe(true);
    expect(headless.podDnsNames.map((d) => d.name)).toEqual([
      'db-0.db.data.svc.cluster.local',
      'db-1.db.data.svc.cluster.local',
    ]);
    expect(public_.type).toBe('NodePort');
    expect(itemAt(public_.ports, 0).nodePort).toBe(30432);
    expect(public_.podDnsNames).toEqual([]);
    expect(public_.dnsName).toBe('db-public.data.svc.cluster.local');
  });

  it('selects Pods of its own namespace only', () => {
    const set = yamlSet(`
apiVersion: v1
kind: Pod
metadata: {name: p, namespace: a, labels: {app: p}}
spec: {containers: [{name: c, image: c}]}
---
apiVersion: v1
kind: Service
metadata: {name: s, namespace: b}
spec: {selector: {app: p}, ports: [{port: 80}]}
`);
    expect(itemAt(routeServices(set, simulatedPodsOf(set), options), 0).state).toBe('selects-no-pods');
  });
});
