import { type Resource, type ResourceSet } from '../../resources/index.js';
import type { IngressTlsRoute } from './ingress-routing-table.js';
import type { RoutingFinding } from './routing-finding.js';
/**
 * The TLS entries of one Ingress, each with whether its Secret exists. A Secret absent from the
 * input is only a finding when the input holds other Secrets of that namespace (it manages them,
 * so the name is likely wrong); otherwise it is usually created out of band, and cert-manager
 * issues it when the Ingress or a Certificate asks for it.
 */
export declare function tlsRoutesOf(ingress: Resource, className: string | undefined, set: ResourceSet, defaultNamespace: string): {
    tls: IngressTlsRoute[];
    findings: RoutingFinding[];
};
