import { type ResourceSet } from '../../resources/index.js';
import type { HttpRouteTable } from './http-route-table.js';
import type { RoutingOptions } from './route-services.js';
import type { ServiceRoute } from './service-route.js';
/**
 * The basics of Gateway API HTTPRoutes: per rule match (path type and value, method, header and
 * query counts) the backends with their weights, Services, ports and ready Pods. Gateways and
 * listeners are named, not modelled (no listener hostname intersection, no filters).
 */
export declare function routeHttpRoutes(set: ResourceSet, services: readonly ServiceRoute[], options: RoutingOptions): HttpRouteTable;
