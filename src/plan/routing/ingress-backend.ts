import { isObject, type JsonPath, type Resource } from '../../resources/index.js';
import type { IngressBackendRoute } from './ingress-routing-table.js';
import type { RoutingFinding } from './routing-finding.js';
import type { ServiceRoute } from './service-route.js';

/** The Services of a routing run, looked up by `namespace/name`. */
export type ServiceIndex = ReadonlyMap<string, ServiceRoute>;

/** Indexes Service routes by `namespace/name`. */
export function indexServices(services: readonly ServiceRoute[]): ServiceIndex {
  return new Map(services.map((route) => [`${route.namespace}/${route.name}`, route]));
}

/**
 * Resolves an Ingress backend (at `path` of `ingress`) to its Service, Service port and ready
 * Pods. The Service must be in the Ingress's namespace; a port is named by number or by the
 * Service port's `name` (never the container port's). Problems are returned as findings.
 */
export function resolveBackend(
  ingress: Resource,
  namespace: string,
  backend: unknown,
  path: JsonPath,
  services: ServiceIndex,
): { backend: IngressBackendRoute; findings: RoutingFinding[] } {
  const route = readBackend(backend);
  if (route.resourceRef || !isObject(backend)) return { backend: route, findings: [] };
  const problem = (code: RoutingFinding['code'], at: JsonPath, message: string) => ({
    backend: route,
    findings: [{ code, severity: 'warning' as const, message: `${message}; the controller answers 503 for this path.`, resource: ingress, path: [...path, ...at] }],
  });
  const target = services.get(`${namespace}/${route.serviceName ?? ''}`);
  if (!target) {
    route.problem = 'service-missing';
    return problem('backend-service-missing', ['service', 'name'], `Backend Service "${route.serviceName ?? ''}" is not in the input (namespace ${namespace})`);
  }
  route.service = target;
  const servicePort = target.ports.find((p) => (typeof route.servicePort === 'number' ? p.port === route.servicePort : p.name === route.servicePort));
  if (!servicePort) {
    route.problem = 'port-missing';
    return problem('backend-port-missing', ['service', 'port'], `Service "${target.name}" has no port ${JSON.stringify(route.servicePort ?? null)}`);
  }
  route.port = servicePort;
  route.endpoints = servicePort.endpoints;
  route.endpointCount = servicePort.endpointCount;
  // ExternalName and selector-less Services route outside what drydock can see: no finding
  if (route.endpointCount > 0 || target.state === 'external-name' || target.state === 'no-selector') {
    return { backend: route, findings: [] };
  }
  route.problem = 'no-pods';
  const why = target.state === 'selects-no-pods' ? 'selects no Pods'
    : target.state === 'no-ready-pods' ? 'has no ready Pods'
    : `has no Pod serving port ${servicePort.port}`;
  return problem('backend-no-pods', ['service', 'name'], `Backend Service "${target.name}" ${why}`);
}

/** The names an Ingress backend gives: a `resource` reference, or a Service name and port. */
function readBackend(backend: unknown): IngressBackendRoute {
  const route: IngressBackendRoute = { endpoints: [], endpointCount: 0 };
  if (!isObject(backend)) return route;
  if (isObject(backend.resource)) {
    route.resourceRef = { kind: String(backend.resource.kind ?? ''), name: String(backend.resource.name ?? '') };
    route.problem = 'not-a-service';
    return route;
  }
  const service = isObject(backend.service) ? backend.service : {};
  const port = isObject(service.port) ? service.port : {};
  if (typeof service.name === 'string') route.serviceName = service.name;
  if (typeof port.number === 'number') route.servicePort = port.number;
  else if (typeof port.name === 'string') route.servicePort = port.name;
  return route;
}
