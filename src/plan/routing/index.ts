export type { RoutingFinding, RoutingFindingCode } from './routing-finding.js';
export type { ServiceRoute, ServiceRouteState, ServicePortRoute, PortEndpoint, PodDnsName } from './service-route.js';
export { routeServices, type RoutingOptions } from './route-services.js';
export { maxListedPods } from './listed-pods.js';
export { resolveNamedPort } from './named-port.js';
export { matchHost, compareHostMatches, type HostMatch } from './host-match.js';
export { pathMatches, pathElements, matchKeyOf, comparePathPrecedence, type IngressPathType } from './path-match.js';
export type {
  IngressRoutingTable,
  IngressHostRoutes,
  IngressPathRoute,
  IngressBackendRoute,
  IngressDefaultBackend,
  IngressTlsRoute,
  TlsSecretState,
  BackendProblem,
} from './ingress-routing-table.js';
export { ingressClassOf, type IngressClassChoice } from './ingress-class.js';
export { routeIngresses } from './route-ingresses.js';
export { explainRoute, type RouteExplanation, type RouteAnswer } from './explain-route.js';
export type { HttpRouteTable, HttpRouteMatch, HttpBackendRoute, HttpPathType } from './http-route-table.js';
export { routeHttpRoutes } from './route-http-routes.js';
export { explainHttpRoute, type HttpRouteExplanation } from './explain-http-route.js';
