import { type JsonPath, type Resource } from '../../resources/index.js';
import type { IngressBackendRoute } from './ingress-routing-table.js';
import type { RoutingFinding } from './routing-finding.js';
import type { ServiceRoute } from './service-route.js';
/** The Services of a routing run, looked up by `namespace/name`. */
export type ServiceIndex = ReadonlyMap<string, ServiceRoute>;
/** Indexes Service routes by `namespace/name`. */
export declare function indexServices(services: readonly ServiceRoute[]): ServiceIndex;
/**
 * Resolves an Ingress backend (at `path` of `ingress`) to its Service, Service port and ready
 * Pods. The Service must be in the Ingress's namespace; a port is named by number or by the
 * Service port's `name` (never the container port's). Problems are returned as findings.
 */
export declare function resolveBackend(ingress: Resource, namespace: string, backend: unknown, path: JsonPath, services: ServiceIndex): {
    backend: IngressBackendRoute;
    findings: RoutingFinding[];
};
