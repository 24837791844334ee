import { describe, expect, it } from 'vitest';
import { routeIngresses, routeServices } from '../../../src/plan/routing/index.js';
import { fixtureSet, simulatedPodsOf, yamlSet } from './routing-fixtures.js';
import { itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };

function tableOf(set: ReturnType<typeof yamlSet>) {
  const services = routeServices(set, simulatedPodsOf(set), options);
  return routeIngresses(set, services, options);
}

describe('routeIngresses', () => {
  const table = tableOf(fixtureSet('routing/shop.yaml'));

  it('merges the Ingresses of one class per host, paths in precedence order', () => {
    expect(table.hosts.map((h) => [h.className, h.host])).toEqual([
      ['nginx', '*.example.com'],
      ['nginx', 'shop.example.com'],
    ]);
    const shop = itemAt(table.hosts, 1);
    expect(shop.paths.map((p) => `${p.ingress.name} ${p.path} ${p.pathType}${p.shadowedBy ? ' shadowed' : ''}`)).toEqual([
      'shop /api/cart Exact',
      'legacy /static/ ImplementationSpecific',
      'legacy /static Prefix shadowed',
      'shop /api Prefix',
      'legacy /api Prefix shadowed',
      'shop / Prefix',
    ]);
  });

  it('gives the legacy Ingress the default class of the input', () => {
    expect(table.findings.some((f) => f.code === 'ingress-class-missing')).toBe(false);
    expect(itemAt(table.hosts, 1).paths.every((p) => p.className === 'nginx')).toBe(true);
  });

  it('reports conflicts, unreachable paths, broken backends and a missing TLS Secret', () => {
    expect(table.findings.map((f) => [f.code, f.resource.name, f.path.join('.')])).toEqual([
      ['backend-no-pods', 'shop', 'spec.rules.0.http.paths.2.backend.service.name'],
      ['tls-secret-missing', 'shop', 'spec.tls.0.secretName'],
      ['backend-service-missing', 'legacy', 'spec.rules.0.http.paths.0.backend.service.name'],
      ['backend-port-missing', 'legacy', 'spec.rules.0.http.paths.1.backend.service.port'],
      ['rule-unreachable', 'legacy', 'spec.rules.0.http.paths.1.path'],
      ['rule-conflict', 'legacy', 'spec.rules.0.http.paths.0.path'],
    ]);
  });

  it('resolves a backend port by Service port name to the Pods behind it', () => {
    const root = itemAt(table.hosts, 1).paths.find((p) => p.path === '/');
    expect(root?.backend.port?.port).toBe(80);
    expect(root?.backend.endpoints.map((e) => `${e.pod.name}:${e.port}`)).toEqual(['web-0:8080', 'web-1:8080', 'web-2:8080']);
  });

  it('keeps TLS entries and the default backend', () => {
    expect(table.tls).toMatchObject([{ hosts: ['shop.example.com'], secretName: 'shop-tls', secret: 'missing' }]);
    expect(table.defaultBackends).toMatchObject([{ className: 'nginx', isOverridden: false, backend: { serviceName: 'web' } }]);
  });

  it('does not judge a TLS Secret when the input manages no Secrets, or cert-manager issues it', () => {
    const set = yamlSet(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: a, annotations: {cert-manager.io/cluster-issuer: letsencrypt}}
spec:
  ingressClassName: nginx
  tls: [{hosts: [a.example.com], secretName: a-tls}]
  rules: [{host: a.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}]}}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: b}
spec:
  ingressClassName: nginx
  tls: [{hosts: [b.example.com, c.example.com], secretName: b-tls}]
  rules: [{host: b.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}]}}]
---
apiVersion: v1
kind: Service
metadata: {name: s}
spec: {ports: [{port: 80}]}
`);
    const result = tableOf(set);
    expect(result.tls.map((t) => t.secret)).toEqual(['cert-manager', 'unknown']);
    expect(result.findings.map((f) => [f.code, f.path.join('.')])).toEqual([['tls-host-without-rule', 'spec.tls.0.hosts.1']]);
  });

  it('says when no controller class applies, and when two Ingresses set a default backend', () => {
    const set = yamlSet(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: a}
spec: {defaultBackend: {service: {name: s, port: {number: 80}}}}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: b}
spec: {defaultBackend: {service: {name: s, port: {number: 80}}}}
---
apiVersion: v1
kind: Service
metadata: {name: s}
spec: {ports: [{port: 80}]}
`);
    expect(tableOf(set).findings.map((f) => [f.code, f.resource.name])).toEqual([
      ['ingress-class-missing', 'a'],
      ['ingress-class-missing', 'b'],
      ['default-backend-conflict', 'b'],
    ]);
  });

  it('reads the legacy class annotation', () => {
    const set = yamlSet(`
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: a, annotations: {kubernetes.io/ingress.class: traefik}}
spec: {rules: [{http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: s, port: {number: 80}}}}]}}]}
`);
    const result = tableOf(set);
    expect(result.hosts.map((h) => [h.className, h.host])).toEqual([['traefik', undefined]]);
  });
});
