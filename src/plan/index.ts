export type { Plan, Change, ChangeAction, FieldChange, PlanObject, PlanSummary, BaseKind } from './plan.js';
export type { SimulatedPod, PodOwner } from './simulated-pod.js';
export { makePlan, isLiveObject, type PlanBase, type PlanOptions } from './diff/index.js';
export { simulatePlan, type SimulateOptions } from './simulate-plan.js';
export type { Simulation, RoutingResult } from './simulation.js';
export type { ClusterModel, ModelNode } from './cluster/index.js';
export type { SchedulingResult } from './schedule/index.js';
export type { Rollout } from './rollout/index.js';
export { clusterFacts } from './cluster-facts.js';
export { clusterDiagnostic, clusterFileModel, isClusterFile, maxModelNodes, kindClusterModel, nodesFromDump, runningPodsFromDump } from './cluster/index.js';
export type { NodeUsage, PendingPod, Placement } from './schedule/index.js';
export type { RolloutParameters, RolloutStep } from './rollout/index.js';
export type {
  HttpRouteExplanation,
  HttpRouteTable,
  IngressBackendRoute,
  IngressRoutingTable,
  PortEndpoint,
  RouteExplanation,
  RoutingFinding,
  ServicePortRoute,
  ServiceRoute,
} from './routing/index.js';
