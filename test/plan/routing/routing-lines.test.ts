import { describe, expect, it } from 'vitest';
import { explainRoute, routeIngresses, routeServices } from '../../../src/plan/routing/index.js';
import { paletteFor } from '../../../src/report/colors.js';
import { routeExplanationLines, routingJsonValue, routingMarkdownLines, routingTextLines } from '../../../src/report/plan/plan-routing.js';
import { fixtureSet, simulatedPodsOf } from './routing-fixtures.js';
import { itemAt } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };
const set = fixtureSet('routing/shop.yaml');
const services = routeServices(set, simulatedPodsOf(set), options);
const table = routeIngresses(set, services, options);
const plain = paletteFor(false);

describe('routing formatters', () => {
  it('prints Services, Ingress routes per host and findings with positions', () => {
    const lines = routingTextLines(services, table, plain);
    expect(lines.slice(0, 7)).toEqual([
      'Services',
      '  shop/web  ClusterIP, routes',
      '    80/TCP → http: web-0:8080, web-1:8080, web-2:8080',
      '  shop/api  ClusterIP, routes',
      '    80/TCP → http: api-0:9090, api-1:9090, api-canary-0:9091',
      '  shop/cart  ClusterIP, selects no Pods',
      '    80/TCP → 8080: no Pods',
    ]);
    expect(lines).toContain('Ingress shop.example.com (class nginx)');
    expect(lines).toContain('  /api  Prefix  → api-v1:80  unreachable (/api Prefix first)  [shop/legacy]');
    expect(lines).toContain('  TLS shop.example.com: Secret shop-tls (missing)');
    expect(lines.filter((l) => /shop\.yaml:\d+:\d+ {2}warning/.test(l))).toHaveLength(6);
  });

  it('prints the same routes as Markdown table rows, escaped', () => {
    const lines = routingMarkdownLines(services, table);
    expect(lines).toContain('| nginx | \\*.example.com | `/` Prefix | web:80 | web-0:8080, web-1:8080, web-2:8080 | shop/shop |');
    expect(lines).toContain('| `shop/cart` | ClusterIP, selects no Pods | 80/TCP → 8080: no Pods |');
  });

  it('explains one request', () => {
    expect(routeExplanationLines(explainRoute('https://shop.example.com/api/x', table), plain)).toEqual([
      'route https://shop.example.com/api/x',
      '  class nginx: host shop.example.com (exact), path /api Prefix of Ingress shop/shop',
      '    → Service api:80 (port 80 → http)',
      '    → Pods: api-0:9090, api-1:9090, api-canary-0:9091',
      '    TLS: Secret shop-tls (missing)',
      '    note: TLS Secret shop-tls is missing: the controller serves its default (self-signed) certificate.',
    ]);
  });

  it('never prints a Secret value', () => {
    const text = [...routingTextLines(services, table, plain), ...routingMarkdownLines(services, table)].join('\n');
    expect(text).not.toContain('not-printed');
  });
});

describe('routing JSON value', () => {
  it('holds names, numbers and positioned findings, and serialises without the objects', () => {
    const value = routingJsonValue(services, table);
    const text = JSON.stringify(value);
    expect(text).not.toContain('not-printed');
    expect(text).not.toContain('"object"');
    const json = JSON.parse(text) as { services: { name: string; ports: { endpoints: unknown[] }[] }[]; findings: { code: string; path: string; line: number }[] };
    expect(itemAt(itemAt(json.services, 1).ports, 0).endpoints).toEqual([
      { pod: 'api-0', port: 9090, node: null },
      { pod: 'api-1', port: 9090, node: null },
      { pod: 'api-canary-0', port: 9091, node: null },
    ]);
    expect(json.findings[0]).toMatchObject({ code: 'backend-no-pods', path: 'spec.rules[0].http.paths[2].backend.service.name', line: 128 });
  });
});
