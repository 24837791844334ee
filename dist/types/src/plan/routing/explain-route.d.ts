import { type HostMatch } from './host-match.js';
import type { IngressBackendRoute, IngressDefaultBackend, IngressHostRoutes, IngressPathRoute, IngressRoutingTable, IngressTlsRoute } from './ingress-routing-table.js';
import type { PortEndpoint, ServiceRoute } from './service-route.js';
/** How one controller class answers a request. */
export interface RouteAnswer {
    className?: string;
    /** `rule`: an Ingress path; `default-backend`: an Ingress `defaultBackend`; `controller-default`: the controller's own 404. */
    via: 'rule' | 'default-backend' | 'controller-default';
    hostMatch?: HostMatch;
    hostRoutes?: IngressHostRoutes;
    rule?: IngressPathRoute;
    defaultBackend?: IngressDefaultBackend;
    backend?: IngressBackendRoute;
    /** The first Pods (at most `maxListedPods`) that could answer, with the container port the request reaches. */
    endpoints: PortEndpoint[];
    /** How many Pods could answer in all. */
    endpointCount: number;
    /** The TLS entry that covers the host, if any. */
    tls?: IngressTlsRoute;
    notes: string[];
}
/** What happens to one request URL: an answer per controller class that serves its host. */
export interface RouteExplanation {
    url: string;
    scheme?: string;
    host?: string;
    path?: string;
    answers: RouteAnswer[];
    /** Why nothing answers (bad URL, no Ingress for the host). */
    reason?: string;
}
/**
 * Explains which Ingress rule, Service, port and Pods would answer `url` (such as
 * `https://shop.example.com/api/cart`). The URL is parsed with the WHATWG `URL` class, so the
 * path is normalised (dot segments, percent-encoding) as a browser would send it. Per class the
 * most specific host wins (exact, then wildcard, then rules without host) and there is no fall
 * through to a less specific host when no path matches: the default backend answers instead.
 * `services` is optional: the table already links each backend to its Service route.
 */
export declare function explainRoute(url: string, table: IngressRoutingTable, _services?: readonly ServiceRoute[]): RouteExplanation;
