import { type ResourceSet } from '../../resources/index.js';
import type { IngressRoutingTable } from './ingress-routing-table.js';
import type { RoutingOptions } from './route-services.js';
import type { ServiceRoute } from './service-route.js';
/**
 * Merges every `networking.k8s.io/v1` Ingress of the input into one routing table per controller
 * class, as controllers do: per class and host, the paths in precedence order (longest first,
 * Exact before Prefix at equal length), with shadowed and conflicting paths, default backends,
 * TLS entries and findings.
 */
export declare function routeIngresses(set: ResourceSet, services: readonly ServiceRoute[], options: RoutingOptions): IngressRoutingTable;
