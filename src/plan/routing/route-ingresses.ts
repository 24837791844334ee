import { isObject, namespaceOf, valueAt, type Resource, type ResourceSet } from '../../resources/index.js';
import { indexServices, resolveBackend, type ServiceIndex } from './ingress-backend.js';
import { ingressClassOf } from './ingress-class.js';
import type { IngressDefaultBackend, IngressHostRoutes, IngressPathRoute, IngressRoutingTable } from './ingress-routing-table.js';
import { tlsRoutesOf } from './ingress-tls.js';
import { comparePathPrecedence, matchKeyOf, type IngressPathType } from './path-match.js';
import type { RoutingOptions } from './route-services.js';
import type { RoutingFinding } from './routing-finding.js';
import type { ServiceRoute } from './service-route.js';

/**
 * Merges every `networking.k8s.io/v1` Ingress of the input into one routing table per controller
 * class, as controllers do: per class and host, the paths in precedence order (longest first,
 * Exact before Prefix at equal length), with shadowed and conflicting paths, default backends,
 * TLS entries and findings.
 */
export function routeIngresses(set: ResourceSet, services: readonly ServiceRoute[], options: RoutingOptions): IngressRoutingTable {
  const index = indexServices(services);
  const table: IngressRoutingTable = { hosts: [], defaultBackends: [], tls: [], findings: [] };
  const groups = new Map<string, IngressHostRoutes>();
  // v1beta1 (removed in 1.22) names backends differently; validation reports it, routing skips it
  for (const ingress of set.ofKind('Ingress', 'networking.k8s.io').filter((i) => i.apiVersion === 'networking.k8s.io/v1')) {
    const namespace = namespaceOf(ingress, options.defaultNamespace);
    const choice = ingressClassOf(ingress, set);
    if (choice.source === 'none') table.findings.push(classMissing(ingress));
    for (const entry of pathRoutesOf(ingress, namespace, choice.name, index, table.findings)) {
      const key = `${entry.className ?? ''}\u0000${entry.host ?? ''}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = hostGroup(entry)));
      group.paths.push(entry);
    }
    const fallback = defaultBackendOf(ingress, namespace, choice.name, index, table);
    if (fallback) table.defaultBackends.push(fallback);
    const tls = tlsRoutesOf(ingress, choice.name, set, options.defaultNamespace);
    for (const item of tls.tls) table.tls.push(item);
    for (const item of tls.findings) table.findings.push(item);
  }
  table.hosts = [...groups.values()].sort((a, b) =>
    (a.className ?? '').localeCompare(b.className ?? '') || (a.host ?? '\uffff').localeCompare(b.host ?? '\uffff'));
  for (const group of table.hosts) {
    for (const item of orderPaths(group)) table.findings.push(item);
  }
  return table;
}

function hostGroup(entry: IngressPathRoute): IngressHostRoutes {
  const group: IngressHostRoutes = { paths: [] };
  if (entry.className !== undefined) group.className = entry.className;
  if (entry.host !== undefined) group.host = entry.host;
  return group;
}

function pathRoutesOf(ingress: Resource, namespace: string, className: string | undefined, services: ServiceIndex, findings: RoutingFinding[]): IngressPathRoute[] {
  const rules = valueAt(ingress.object, ['spec', 'rules']);
  if (!Array.isArray(rules)) return [];
  const out: IngressPathRoute[] = [];
  rules.forEach((rule: unknown, ruleIndex) => {
    if (!isObject(rule)) return;
    const paths = valueAt(rule, ['http', 'paths']);
    if (!Array.isArray(paths)) return;
    paths.forEach((entry: unknown, pathIndex) => {
      if (!isObject(entry)) return;
      const jsonPath = ['spec', 'rules', ruleIndex, 'http', 'paths', pathIndex];
      const resolved = resolveBackend(ingress, namespace, entry.backend, [...jsonPath, 'backend'], services);
      for (const item of resolved.findings) findings.push(item);
      const route: IngressPathRoute = {
        ingress,
        namespace,
        // ImplementationSpecific may omit the path; controllers then serve everything
        path: typeof entry.path === 'string' && entry.path !== '' ? entry.path : '/',
        pathType: pathTypeOf(entry.pathType),
        backend: resolved.backend,
        jsonPath,
      };
      if (className !== undefined) route.className = className;
      if (typeof rule.host === 'string' && rule.host !== '') route.host = rule.host;
      out.push(route);
    });
  });
  return out;
}

function pathTypeOf(value: unknown): IngressPathType {
  return value === 'Exact' || value === 'Prefix' ? value : 'ImplementationSpecific';
}

/**
 * Sorts a host's paths by precedence and marks each path that another one, earlier in that
 * order, fully shadows (both match exactly the same requests). The same host, path and pathType
 * in two Ingresses is a conflict: ingress-nginx serves the older Ingress.
 */
function orderPaths(group: IngressHostRoutes): RoutingFinding[] {
  group.paths.sort(comparePathPrecedence);
  const winners = new Map<string, IngressPathRoute>();
  const claims = new Map<string, IngressPathRoute>();
  const findings: RoutingFinding[] = [];
  for (const entry of group.paths) {
    const where = `host ${group.host ?? '*'} path ${entry.path} (${entry.pathType})`;
    const claim = `${entry.pathType}\u0000${entry.path}`;
    const claimant = claims.get(claim);
    if (claimant && claimant.ingress !== entry.ingress) {
      findings.push({
        code: 'rule-conflict', severity: 'warning', resource: entry.ingress, path: [...entry.jsonPath, 'path'],
        message: `Ingress ${claimant.namespace}/${claimant.ingress.name} also claims ${where}; the controller serves only one of them (ingress-nginx: the older Ingress).`,
      });
    }
    if (!claimant) claims.set(claim, entry);
    const key = matchKeyOf(entry.pathType, entry.path);
    const winner = winners.get(key);
    if (!winner) {
      winners.set(key, entry);
      continue;
    }
    entry.shadowedBy = winner;
    // a conflict already explains why this path never answers
    if (claimant && claimant.ingress !== entry.ingress) continue;
    findings.push({
      code: 'rule-unreachable', severity: 'warning', resource: entry.ingress, path: [...entry.jsonPath, 'path'],
      message: `${where} is unreachable: ${winner.path} (${winner.pathType}) of Ingress ${winner.namespace}/${winner.ingress.name} matches the same requests first.`,
    });
  }
  return findings;
}

function defaultBackendOf(ingress: Resource, namespace: string, className: string | undefined, services: ServiceIndex, table: IngressRoutingTable): IngressDefaultBackend | undefined {
  const backend = valueAt(ingress.object, ['spec', 'defaultBackend']);
  if (!isObject(backend)) return undefined;
  const jsonPath = ['spec', 'defaultBackend'];
  const resolved = resolveBackend(ingress, namespace, backend, jsonPath, services);
  for (const item of resolved.findings) table.findings.push(item);
  const earlier = table.defaultBackends.find((d) => d.className === className && !d.isOverridden);
  if (earlier) {
    table.findings.push({
      code: 'default-backend-conflict', severity: 'warning', resource: ingress, path: jsonPath,
      message: `Ingress ${earlier.namespace}/${earlier.ingress.name} of the same class already sets a defaultBackend; a controller uses only one.`,
    });
  }
  const route: IngressDefaultBackend = { ingress, namespace, backend: resolved.backend, jsonPath, isOverridden: earlier !== undefined };
  if (className !== undefined) route.className = className;
  return route;
}

function classMissing(ingress: Resource): RoutingFinding {
  return {
    code: 'ingress-class-missing', severity: 'info', resource: ingress, path: ['spec', 'ingressClassName'],
    message: 'Ingress has no ingressClassName and the input marks no IngressClass default; no controller serves it unless the cluster has a default class or a controller watches class-less Ingresses.',
  };
}
