import type { Diagnostic } from '../resources/index.js';
import type { Rollout } from './rollout/index.js';
import type { HttpRouteExplanation, HttpRouteTable, IngressRoutingTable, RouteExplanation, ServiceRoute } from './routing/index.js';
import type { SchedulingResult } from './schedule/index.js';

/** How traffic reaches the simulated Pods. */
export interface RoutingResult {
  services: ServiceRoute[];
  ingresses: IngressRoutingTable;
  httpRoutes: HttpRouteTable;
  /** `--route <url>` explained through the Ingresses, and through the HTTPRoutes when there are any. */
  route?: RouteExplanation;
  httpRoute?: HttpRouteExplanation;
}

/** What the plan adds beyond the diff: where Pods run, how traffic reaches them, how workloads roll out. */
export interface Simulation {
  /** The cluster model's description, when one was given. */
  cluster?: string;
  scheduling?: SchedulingResult;
  routing: RoutingResult;
  rollouts: Rollout[];
  diagnostics: Diagnostic[];
}
