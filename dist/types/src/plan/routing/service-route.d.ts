import type { JsonPath, Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import type { RoutingFinding } from './routing-finding.js';
/** What a Service does with its traffic. */
export type ServiceRouteState = 
/** at least one ready Pod receives traffic */
'routes'
/** the selector matches no Pod: connections are rejected, ingress-nginx answers 503 */
 | 'selects-no-pods'
/** Pods match but none would be ready (all Pending) */
 | 'no-ready-pods'
/** no selector: endpoints are managed by hand (EndpointSlices), drydock cannot see them */
 | 'no-selector'
/** a DNS CNAME to `spec.externalName`; no proxying, no endpoints */
 | 'external-name';
/** One Pod behind a Service port, with the number the traffic reaches it on. */
export interface PortEndpoint {
    pod: SimulatedPod;
    port: number;
}
/** One `spec.ports[]` entry, resolved per Pod. */
export interface ServicePortRoute {
    name?: string;
    port: number;
    protocol: string;
    /** As written (or defaulted to `port`): a number used for every Pod, or a container port name. */
    targetPort: number | string;
    nodePort?: number;
    /** The first ready Pods (at most `maxListedPods`) that serve this port, each with its resolved container port. */
    endpoints: PortEndpoint[];
    /** How many ready Pods serve this port in all. */
    endpointCount: number;
    /** The first selected Pods (at most `maxListedPods`) left out because no container exposes the named `targetPort`. */
    missingTargetPort: SimulatedPod[];
    /** How many selected Pods the named `targetPort` misses in all. */
    missingTargetPortCount: number;
    path: JsonPath;
}
/** A per-Pod DNS name a headless Service publishes (StatefulSet members, hostname/subdomain Pods). */
export interface PodDnsName {
    pod: SimulatedPod;
    name: string;
}
/** How one Service routes: its type facts, the Pods it selects and the port mapping. */
export interface ServiceRoute {
    service: Resource;
    namespace: string;
    name: string;
    type: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
    /** `clusterIP: None`: no virtual IP, DNS answers with the ready Pods' addresses. */
    isHeadless: boolean;
    /** `<svc>.<ns>.svc.cluster.local`. */
    dnsName: string;
    externalName?: string;
    selector?: Readonly<Record<string, string>>;
    /** The first simulated Pods (at most `maxListedPods`) the selector matches, Pending ones included. */
    selectedPods: SimulatedPod[];
    /** How many simulated Pods the selector matches in all. */
    selectedPodCount: number;
    /** The first selected Pods (at most `maxListedPods`) that would be ready (placed, or not simulated). */
    readyPods: SimulatedPod[];
    /** How many selected Pods would be ready in all; the others are Pending. */
    readyPodCount: number;
    ports: ServicePortRoute[];
    /** The first per-Pod DNS names (at most `maxListedPods`) of a headless Service. */
    podDnsNames: PodDnsName[];
    /** How many per-Pod DNS names the Service publishes in all. */
    podDnsNameCount: number;
    state: ServiceRouteState;
    findings: RoutingFinding[];
}
