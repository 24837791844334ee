import { isObject, labelsOf, namespaceOf, valueAt, type ResourceSet, type Resource } from '../../resources/index.js';
import type { SimulatedPod } from '../simulated-pod.js';
import { PodLabelIndex } from './pod-label-index.js';
import { resolveNamedPort } from './named-port.js';
import type { RoutingFinding } from './routing-finding.js';
import type { PodDnsName, ServicePortRoute, ServiceRoute, ServiceRouteState } from './service-route.js';

/** Options shared by the routing functions. */
export interface RoutingOptions {
  /** The namespace of objects that name none (kubectl's context namespace). */
  defaultNamespace: string;
}

/**
 * How every Service of the input routes to the simulated Pods: selected Pods, ready Pods, each
 * port resolved per Pod, type facts and findings (a named `targetPort` no selected Pod exposes).
 * A Pod counts as ready unless the scheduler left it Pending: Pending Pods have no IP.
 */
export function routeServices(set: ResourceSet, pods: readonly SimulatedPod[], options: RoutingOptions): ServiceRoute[] {
  const index = new PodLabelIndex(pods);
  return set.ofKind('Service', '').map((service) => routeService(service, index, options));
}

function routeService(service: Resource, pods: PodLabelIndex, options: RoutingOptions): ServiceRoute {
  const namespace = namespaceOf(service, options.defaultNamespace);
  const spec = isObject(service.object.spec) ? service.object.spec : {};
  const type = serviceType(spec.type);
  const written = isObject(spec.selector) && Object.keys(spec.selector).length > 0 ? spec.selector : undefined;
  const selector = written ? labelsOf(written) : undefined;
  // Services select Pods of their own namespace only, by equality on every pair as written
  const selectedPods = written && type !== 'ExternalName'
    ? pods.select(namespace, written)
    : [];
  const readyPods = selectedPods.filter((pod) => pod.status !== 'Pending');
  const ports = servicePorts(spec, readyPods, selectedPods);
  const route: ServiceRoute = {
    service,
    namespace,
    name: service.name,
    type,
    isHeadless: spec.clusterIP === 'None',
    dnsName: `${service.name}.${namespace}.svc.cluster.local`,
    selectedPods,
    readyPods,
    ports,
    podDnsNames: [],
    state: stateOf(type, selector, selectedPods, readyPods),
    findings: targetPortFindings(service, ports, selectedPods),
  };
  if (selector) route.selector = selector;
  if (type === 'ExternalName' && typeof spec.externalName === 'string') route.externalName = spec.externalName;
  if (route.isHeadless) route.podDnsNames = podDnsNames(route);
  return route;
}

function serviceType(value: unknown): ServiceRoute['type'] {
  return value === 'NodePort' || value === 'LoadBalancer' || value === 'ExternalName' ? value : 'ClusterIP';
}

function stateOf(type: ServiceRoute['type'], selector: unknown, selected: SimulatedPod[], ready: SimulatedPod[]): ServiceRouteState {
  if (type === 'ExternalName') return 'external-name';
  if (!selector) return 'no-selector';
  if (selected.length === 0) return 'selects-no-pods';
  return ready.length === 0 ? 'no-ready-pods' : 'routes';
}

function servicePorts(spec: Record<string, unknown>, ready: SimulatedPod[], selected: SimulatedPod[]): ServicePortRoute[] {
  const list = Array.isArray(spec.ports) ? spec.ports : [];
  const out: ServicePortRoute[] = [];
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.port !== 'number') return;
    // targetPort defaults to port, protocol to TCP (API server defaulting)
    const targetPort = typeof entry.targetPort === 'number' || (typeof entry.targetPort === 'string' && entry.targetPort !== '')
      ? numericOrName(entry.targetPort)
      : entry.port;
    const protocol = typeof entry.protocol === 'string' ? entry.protocol : 'TCP';
    const resolve = (pod: SimulatedPod) =>
      typeof targetPort === 'number' ? targetPort : resolveNamedPort(pod.spec, targetPort, protocol);
    const port: ServicePortRoute = {
      port: entry.port,
      protocol,
      targetPort,
      endpoints: ready.flatMap((pod) => {
        const number = resolve(pod);
        return number === undefined ? [] : [{ pod, port: number }];
      }),
      missingTargetPort: selected.filter((pod) => resolve(pod) === undefined),
      path: ['spec', 'ports', index],
    };
    if (typeof entry.name === 'string') port.name = entry.name;
    if (typeof entry.nodePort === 'number') port.nodePort = entry.nodePort;
    out.push(port);
  });
  return out;
}

// the API server rejects a digits-only port name; read it as the number it clearly means
function numericOrName(value: number | string): number | string {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

function targetPortFindings(service: Resource, ports: ServicePortRoute[], selected: SimulatedPod[]): RoutingFinding[] {
  const findings: RoutingFinding[] = [];
  for (const port of ports) {
    if (port.missingTargetPort.length === 0) continue;
    const owners = [...new Set(port.missingTargetPort.map((pod) => `${pod.owner.kind}/${pod.owner.name}`))];
    const who = port.missingTargetPort.length === selected.length
      ? 'no selected Pod exposes'
      : `the Pods of ${owners.join(', ')} do not expose`;
    findings.push({
      code: 'target-port-not-found',
      severity: 'warning',
      message: `Service port ${port.port} targets the container port named "${port.targetPort}" (${port.protocol}), which ${who}; those Pods get no traffic on this port.`,
      resource: service,
      path: [...port.path, 'targetPort'],
    });
  }
  return findings;
}

/**
 * Per-Pod DNS records of a headless Service: a StatefulSet member `<pod>.<svc>.<ns>.svc.cluster.local`
 * when the StatefulSet's `serviceName` is this Service, or a Pod with `hostname` and a matching
 * `subdomain`.
 */
function podDnsNames(route: ServiceRoute): PodDnsName[] {
  const out: PodDnsName[] = [];
  for (const pod of route.readyPods) {
    const hostname = hostnameOf(pod, route.name);
    if (hostname !== undefined) out.push({ pod, name: `${hostname}.${route.name}.${route.namespace}.svc.cluster.local` });
  }
  return out;
}

function hostnameOf(pod: SimulatedPod, serviceName: string): string | undefined {
  if (pod.owner.kind === 'StatefulSet' && pod.source && valueAt(pod.source.object, ['spec', 'serviceName']) === serviceName) {
    return pod.name;
  }
  const { hostname, subdomain } = pod.spec;
  return subdomain === serviceName && typeof hostname === 'string' ? hostname : undefined;
}
