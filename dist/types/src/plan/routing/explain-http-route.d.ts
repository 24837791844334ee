import type { HttpBackendRoute, HttpRouteMatch, HttpRouteTable } from './http-route-table.js';
/** How Gateway API HTTPRoutes answer one GET request. */
export interface HttpRouteExplanation {
    url: string;
    host?: string;
    path?: string;
    match?: HttpRouteMatch;
    /** The backends of the winning match with their share of requests (0 to 1). */
    backends: {
        backend: HttpBackendRoute;
        share: number;
    }[];
    notes: string[];
    reason?: string;
}
/**
 * Which HTTPRoute match answers a plain GET of `url`. Hostnames match exactly or by a wildcard
 * suffix (`*.example.com` covers any number of extra labels, unlike Ingress). Among matching
 * entries: the more specific hostname, then Exact path, then the longest PathPrefix, then a
 * method match; ties go to input order (the real tie-break is the oldest route). Matches that
 * need headers or query parameters are left out: a plain request does not carry them.
 */
export declare function explainHttpRoute(url: string, table: HttpRouteTable): HttpRouteExplanation;
