import type { JsonPath, Resource } from '../../resources/index.js';
import type { IngressPathType } from './path-match.js';
import type { RoutingFinding } from './routing-finding.js';
import type { PortEndpoint, ServicePortRoute, ServiceRoute } from './service-route.js';
/** Why a backend gets no traffic through to Pods. */
export type BackendProblem = 'service-missing' | 'port-missing' | 'no-pods' | 'not-a-service';
/** Where an Ingress backend sends traffic: the Service and port it names, resolved to Pods. */
export interface IngressBackendRoute {
    serviceName?: string;
    /** The port as the Ingress names it: a Service port number or a Service port name. */
    servicePort?: number | string;
    /** A `resource` backend (a typed reference, implementation-specific). */
    resourceRef?: {
        kind: string;
        name: string;
    };
    service?: ServiceRoute;
    port?: ServicePortRoute;
    /** The first ready Pods (at most `maxListedPods`) that answer, each with the container port traffic reaches. */
    endpoints: PortEndpoint[];
    /** How many ready Pods answer in all. */
    endpointCount: number;
    problem?: BackendProblem;
}
/** One `rules[].http.paths[]` entry of one Ingress. */
export interface IngressPathRoute {
    ingress: Resource;
    namespace: string;
    className?: string;
    /** undefined: the rule applies to every host. */
    host?: string;
    path: string;
    pathType: IngressPathType;
    backend: IngressBackendRoute;
    jsonPath: JsonPath;
    /** Another path that matches exactly the same requests and takes them all. */
    shadowedBy?: IngressPathRoute;
}
/** The merged paths one controller class serves for one host, in precedence order. */
export interface IngressHostRoutes {
    className?: string;
    host?: string;
    paths: IngressPathRoute[];
}
/** An Ingress `spec.defaultBackend`: the answer when a host matches but no path does. */
export interface IngressDefaultBackend {
    ingress: Resource;
    namespace: string;
    className?: string;
    backend: IngressBackendRoute;
    jsonPath: JsonPath;
    /** An earlier Ingress of the same class already set one; this one is not used. */
    isOverridden: boolean;
}
/**
 * Whether the certificate Secret of a TLS entry exists: `found` in the input, `missing` from an
 * input that manages the namespace's Secrets, `cert-manager` when cert-manager will issue it,
 * `unknown` when the input holds no Secrets there (they are usually created out of band).
 */
export type TlsSecretState = 'found' | 'missing' | 'cert-manager' | 'unknown';
/** One `spec.tls[]` entry. */
export interface IngressTlsRoute {
    ingress: Resource;
    namespace: string;
    className?: string;
    hosts: string[];
    secretName?: string;
    secret: TlsSecretState;
    jsonPath: JsonPath;
}
/** Every Ingress of the input merged per controller class: host × path → Service:port → Pods. */
export interface IngressRoutingTable {
    hosts: IngressHostRoutes[];
    defaultBackends: IngressDefaultBackend[];
    tls: IngressTlsRoute[];
    findings: RoutingFinding[];
}
