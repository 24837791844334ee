import type { HttpRouteExplanation, HttpRouteTable, IngressRoutingTable, RouteExplanation, ServiceRoute } from '../../plan/index.js';
import type { Palette } from '../colors.js';
/** Services, then the Ingress routing table per class and host, then routing findings, for a terminal. */
export declare function routingTextLines(services: readonly ServiceRoute[], table: IngressRoutingTable, palette: Palette): string[];
/** The same routing facts as Markdown tables. */
export declare function routingMarkdownLines(services: readonly ServiceRoute[], table: IngressRoutingTable): string[];
/** One request's route: per controller class, the rule, Service, port and Pods, with notes. */
export declare function routeExplanationLines(explanation: RouteExplanation, palette: Palette): string[];
/** Gateway API HTTPRoute matches with their weighted backends, for a terminal. */
export declare function httpRouteTextLines(table: HttpRouteTable, palette: Palette): string[];
/** One request through HTTPRoutes: the winning match and the share each backend gets. */
export declare function httpRouteExplanationLines(explanation: HttpRouteExplanation, palette: Palette): string[];
/**
 * The routing facts as plain JSON for the plan JSON's `routing` key: names, numbers and states
 * only (never the objects, so no Secret data), with findings positioned.
 */
export declare function routingJsonValue(services: readonly ServiceRoute[], table: IngressRoutingTable, httpRoutes?: HttpRouteTable): Record<string, unknown>;
/** One `--route` explanation as plain JSON: names and numbers, never the objects. */
export declare function routeExplanationJson(explanation: RouteExplanation, httpRoute?: HttpRouteExplanation): Record<string, unknown>;
