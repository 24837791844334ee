import { isObject, namespaceOf, valueAt, type JsonObject, type JsonPath, type Resource, type ResourceSet } from '../../resources/index.js';
import type { HttpBackendRoute, HttpRouteMatch, HttpRouteTable } from './http-route-table.js';
import { indexServices, type ServiceIndex } from './ingress-backend.js';
import type { RoutingOptions } from './route-services.js';
import type { RoutingFinding } from './routing-finding.js';
import type { ServiceRoute } from './service-route.js';

/**
 * The basics of Gateway API HTTPRoutes: per rule match (path type and value, method, header and
 * query counts) the backends with their weights, Services, ports and ready Pods. Gateways and
 * listeners are named, not modelled (no listener hostname intersection, no filters).
 */
export function routeHttpRoutes(set: ResourceSet, services: readonly ServiceRoute[], options: RoutingOptions): HttpRouteTable {
  const index = indexServices(services);
  const table: HttpRouteTable = { matches: [], findings: [] };
  for (const route of set.ofKind('HTTPRoute', 'gateway.networking.k8s.io')) {
    const namespace = namespaceOf(route, options.defaultNamespace);
    const spec = isObject(route.object.spec) ? route.object.spec : {};
    const parents = listOf(spec.parentRefs).map((ref) => `${typeof ref.namespace === 'string' ? ref.namespace : namespace}/${String(ref.name ?? '')}`);
    const hostnames = Array.isArray(spec.hostnames) ? spec.hostnames.filter((h): h is string => typeof h === 'string') : [];
    listOf(spec.rules).forEach((rule, ruleIndex) => {
      const rulePath = ['spec', 'rules', ruleIndex];
      const backends = listOf(rule.backendRefs).map((ref, refIndex) =>
        resolveHttpBackend(route, namespace, ref, [...rulePath, 'backendRefs', refIndex], index, set, options, table.findings));
      const matches = Array.isArray(rule.matches) && rule.matches.length > 0 ? listOf(rule.matches) : [{}];
      matches.forEach((match, matchIndex) => {
        const path = isObject(match.path) ? match.path : {};
        const entry: HttpRouteMatch = {
          route, namespace, parents, hostnames, backends,
          pathType: path.type === 'Exact' || path.type === 'RegularExpression' ? path.type : 'PathPrefix',
          path: typeof path.value === 'string' ? path.value : '/',
          headerCount: listOf(match.headers).length,
          queryParamCount: listOf(match.queryParams).length,
          jsonPath: [...rulePath, 'matches', matchIndex],
        };
        if (typeof match.method === 'string') entry.method = match.method;
        table.matches.push(entry);
      });
    });
  }
  return table;
}

function listOf(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

// a backendRef in another namespace needs a ReferenceGrant there that allows HTTPRoutes from ours
function hasReferenceGrant(set: ResourceSet, from: string, to: string, name: string, options: RoutingOptions): boolean {
  return set.ofKind('ReferenceGrant').some((grant) =>
    namespaceOf(grant, options.defaultNamespace) === to
    && listOf(valueAt(grant.object, ['spec', 'from'])).some((f) => f.kind === 'HTTPRoute' && f.namespace === from)
    && listOf(valueAt(grant.object, ['spec', 'to'])).some((t) => (t.kind ?? 'Service') === 'Service' && (t.name === undefined || t.name === name)));
}

function resolveHttpBackend(
  route: Resource, namespace: string, ref: JsonObject, path: JsonPath, services: ServiceIndex,
  set: ResourceSet, options: RoutingOptions, findings: RoutingFinding[],
): HttpBackendRoute {
  const backend: HttpBackendRoute = {
    kind: typeof ref.kind === 'string' ? ref.kind : 'Service',
    name: String(ref.name ?? ''),
    namespace: typeof ref.namespace === 'string' ? ref.namespace : namespace,
    weight: typeof ref.weight === 'number' ? ref.weight : 1,
    endpoints: [],
    endpointCount: 0,
  };
  if (typeof ref.port === 'number') backend.port = ref.port;
  const warn = (code: RoutingFinding['code'], at: JsonPath, message: string) => findings.push({ code, severity: 'warning', resource: route, path: at, message });
  if (backend.kind !== 'Service') {
    backend.problem = 'not-a-service';
    return backend;
  }
  if (backend.namespace !== namespace && !hasReferenceGrant(set, namespace, backend.namespace, backend.name, options)) {
    backend.problem = 'needs-reference-grant';
    warn('backend-needs-reference-grant', [...path, 'namespace'], `Backend Service ${backend.namespace}/${backend.name} is in another namespace and no ReferenceGrant in the input allows it; the Gateway refuses the reference.`);
    return backend;
  }
  const service = services.get(`${backend.namespace}/${backend.name}`);
  if (!service) {
    backend.problem = 'service-missing';
    warn('backend-service-missing', [...path, 'name'], `Backend Service "${backend.name}" is not in the input (namespace ${backend.namespace}); its share of traffic fails with 500.`);
    return backend;
  }
  backend.service = service;
  const port = service.ports.find((p) => p.port === backend.port);
  if (!port) {
    backend.problem = 'port-missing';
    warn('backend-port-missing', [...path, 'port'], `Service "${service.name}" has no port ${String(backend.port ?? '(none given)')}.`);
    return backend;
  }
  backend.servicePort = port;
  backend.endpoints = port.endpoints;
  backend.endpointCount = port.endpointCount;
  if (port.endpointCount === 0 && service.state !== 'no-selector' && service.state !== 'external-name') {
    backend.problem = 'no-pods';
    warn('backend-no-pods', [...path, 'name'], `Backend Service "${service.name}" has no ready Pod for port ${port.port}.`);
  }
  return backend;
}
