import { describe, expect, it } from 'vitest';
import { explainRoute, routeIngresses, routeServices } from '../../../src/plan/routing/index.js';
import { fixtureSet, simulatedPodsOf } from './routing-fixtures.js';
import { firstItems } from '../../helpers/item-at.js';

const options = { defaultNamespace: 'default' };
const set = fixtureSet('routing/shop.yaml');
const services = routeServices(set, simulatedPodsOf(set), options);
const table = routeIngresses(set, services, options);
const explain = (url: string) => explainRoute(url, table, services);

describe('explainRoute', () => {
  it('follows the longest matching path to the Service and the Pods behind it', () => {
    const result = explain('https://shop.example.com/api/orders/7');
    expect(result).toMatchObject({ scheme: 'https', host: 'shop.example.com', path: '/api/orders/7' });
    const [answer] = firstItems(result.answers, 1);
    expect(answer).toMatchObject({ className: 'nginx', via: 'rule', hostMatch: 'exact', rule: { path: '/api', pathType: 'Prefix' } });
    expect(answer.backend?.service?.name).toBe('api');
    expect(answer.endpoints.map((e) => `${e.pod.name}:${e.port}`)).toEqual(['api-0:9090', 'api-1:9090', 'api-canary-0:9091']);
    expect(answer.tls?.secretName).toBe('shop-tls');
  });

  it('prefers the Exact path and says why nothing answers behind it', () => {
    const [answer] = firstItems(explain('https://shop.example.com/api/cart').answers, 1);
    expect(answer.rule).toMatchObject({ path: '/api/cart', pathType: 'Exact' });
    expect(answer.endpoints).toEqual([]);
    expect(answer.notes).toContain('Service cart has no ready Pod for this port: 503.');
    expect(answer.notes.some((n) => n.includes('TLS Secret shop-tls is missing'))).toBe(true);
  });

  it('uses a wildcard host for one extra label only', () => {
    expect(explain('http://www.example.com/').answers[0]).toMatchObject({ via: 'rule', hostMatch: 'wildcard' });
    expect(explain('http://a.b.example.com/').answers[0]).toMatchObject({ via: 'default-backend' });
  });

  it('falls back to the default backend for an unknown host and notes the missing certificate', () => {
    const [answer] = firstItems(explain('https://other.org/').answers, 1);
    expect(answer.via).toBe('default-backend');
    expect(answer.backend?.serviceName).toBe('web');
    expect(answer.notes).toContain('No TLS entry covers other.org: the controller serves its default (self-signed) certificate.');
  });

  it('notes the https redirect for plain http to a TLS host', () => {
    const [answer] = firstItems(explain('http://shop.example.com/').answers, 1);
    expect(answer.notes).toContain('shop.example.com has TLS: ingress-nginx redirects http to https by default (ssl-redirect).');
  });

  it('explains a bad URL instead of throwing', () => {
    expect(explain('shop.example.com/api')).toMatchObject({ answers: [], reason: expect.stringContaining('not an absolute URL') });
    expect(explain('ftp://shop.example.com/').reason).toBe('Ingress routes only http and https, not ftp.');
  });
});
