import type { JsonPath, Resource } from '../../resources/index.js';
import type { RoutingFinding } from './routing-finding.js';
import type { PortEndpoint, ServicePortRoute, ServiceRoute } from './service-route.js';
/** A Gateway API path match type; RegularExpression is implementation-specific and never simulated. */
export type HttpPathType = 'Exact' | 'PathPrefix' | 'RegularExpression';
/** One `backendRefs[]` entry resolved to a Service port and its ready Pods. */
export interface HttpBackendRoute {
    kind: string;
    name: string;
    namespace: string;
    port?: number;
    /** Share of the rule's traffic is weight / sum of weights (default 1). */
    weight: number;
    service?: ServiceRoute;
    servicePort?: ServicePortRoute;
    /** The first ready Pods (at most `maxListedPods`), each with the container port traffic reaches. */
    endpoints: PortEndpoint[];
    /** How many ready Pods serve the backend in all. */
    endpointCount: number;
    problem?: 'service-missing' | 'port-missing' | 'no-pods' | 'not-a-service' | 'needs-reference-grant';
}
/** One match of one rule of an HTTPRoute (a rule without matches is `PathPrefix /`). */
export interface HttpRouteMatch {
    route: Resource;
    namespace: string;
    /** The Gateways (`namespace/name`) it attaches to. */
    parents: string[];
    /** Empty: every hostname the listener accepts. */
    hostnames: string[];
    pathType: HttpPathType;
    path: string;
    method?: string;
    headerCount: number;
    queryParamCount: number;
    backends: HttpBackendRoute[];
    jsonPath: JsonPath;
}
/** Every HTTPRoute match of the input with its backends, and the findings. */
export interface HttpRouteTable {
    matches: HttpRouteMatch[];
    findings: RoutingFinding[];
}
