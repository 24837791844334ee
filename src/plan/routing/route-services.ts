import { isObject, labelsOf, namespaceOf, valueAt, type ResourceSet, type Resource } from '../../resources/index.js';
import type { PodOwner, SimulatedPod } from '../simulated-pod.js';
import { maxListedPods } from './listed-pods.js';
import { PodLabelIndex } from './pod-label-index.js';
import { resolveNamedPort } from './named-port.js';
import type { RoutingFinding } from './routing-finding.js';
import type { ServicePortRoute, ServiceRoute, ServiceRouteState } from './service-route.js';

/** Options shared by the routing functions. */
export interface RoutingOptions {
  /** The namespace of objects that name none (kubectl's context namespace). */
  defaultNamespace: string;
}

/**
 * How every Service of the input routes to the simulated Pods: selected Pods, ready Pods, each
 * port resolved per Pod, type facts and findings (a named `targetPort` no selected Pod exposes).
 * A Pod counts as ready unless the scheduler left it Pending: Pending Pods have no IP. Each list
 * keeps its first `maxListedPods` entries and counts the rest, so memory stays linear in Services
 * plus Pods however many Services select the same Pods.
 */
export function routeServices(set: ResourceSet, pods: readonly SimulatedPod[], options: RoutingOptions): ServiceRoute[] {
  const index = new PodLabelIndex(pods);
  return set.ofKind('Service', '').map((service) => routeService(service, index, options));
}

/** One Service port while its Pods are tallied, with the owners of the Pods it misses (for the finding). */
interface PortTally {
  route: ServicePortRoute;
  resolve: (pod: SimulatedPod) => number | undefined;
  missingOwners: Set<string>;
  lastMissingOwner?: PodOwner;
}

function routeService(service: Resource, pods: PodLabelIndex, options: RoutingOptions): ServiceRoute {
  const namespace = namespaceOf(service, options.defaultNamespace);
  const spec = isObject(service.object.spec) ? service.object.spec : {};
  const type = serviceType(spec.type);
  const written = isObject(spec.selector) && Object.keys(spec.selector).length > 0 ? spec.selector : undefined;
  const selector = written ? labelsOf(written) : undefined;
  const tallies = servicePorts(spec);
  const route: ServiceRoute = {
    service,
    namespace,
    name: service.name,
    type,
    isHeadless: spec.clusterIP === 'None',
    dnsName: `${service.name}.${namespace}.svc.cluster.local`,
    selectedPods: [],
    selectedPodCount: 0,
    readyPods: [],
    readyPodCount: 0,
    ports: tallies.map((tally) => tally.route),
    podDnsNames: [],
    podDnsNameCount: 0,
    state: 'routes',
    findings: [],
  };
  // Services select Pods of their own namespace only, by equality on every pair as written
  if (written && type !== 'ExternalName') pods.forEachSelected(namespace, written, (pod) => tallyPod(route, tallies, pod));
  route.state = stateOf(type, selector, route.selectedPodCount, route.readyPodCount);
  route.findings = targetPortFindings(service, tallies, route.selectedPodCount);
  if (selector) route.selector = selector;
  if (type === 'ExternalName' && typeof spec.externalName === 'string') route.externalName = spec.externalName;
  return route;
}

/** Counts one selected Pod into the Service's lists and each port's, keeping only the first few of each. */
function tallyPod(route: ServiceRoute, tallies: PortTally[], pod: SimulatedPod): void {
  const isReady = pod.status !== 'Pending';
  if (route.selectedPodCount++ < maxListedPods) route.selectedPods.push(pod);
  if (isReady && route.readyPodCount++ < maxListedPods) route.readyPods.push(pod);
  for (const tally of tallies) {
    const port = tally.route;
    const number = tally.resolve(pod);
    if (number === undefined) {
      if (port.missingTargetPortCount++ < maxListedPods) port.missingTargetPort.push(pod);
      // a workload's Pods come one after another: name each owner once, not once per Pod
      if (pod.owner !== tally.lastMissingOwner) tally.missingOwners.add(`${pod.owner.kind}/${pod.owner.name}`);
      tally.lastMissingOwner = pod.owner;
    } else if (isReady && port.endpointCount++ < maxListedPods) {
      port.endpoints.push({ pod, port: number });
    }
  }
  if (!route.isHeadless || !isReady) return;
  const hostname = hostnameOf(pod, route.name);
  if (hostname !== undefined && route.podDnsNameCount++ < maxListedPods) {
    route.podDnsNames.push({ pod, name: `${hostname}.${route.name}.${route.namespace}.svc.cluster.local` });
  }
}

function serviceType(value: unknown): ServiceRoute['type'] {
  return value === 'NodePort' || value === 'LoadBalancer' || value === 'ExternalName' ? value : 'ClusterIP';
}

function stateOf(type: ServiceRoute['type'], selector: unknown, selected: number, ready: number): ServiceRouteState {
  if (type === 'ExternalName') return 'external-name';
  if (!selector) return 'no-selector';
  if (selected === 0) return 'selects-no-pods';
  return ready === 0 ? 'no-ready-pods' : 'routes';
}

function servicePorts(spec: Record<string, unknown>): PortTally[] {
  const list = Array.isArray(spec.ports) ? spec.ports : [];
  const out: PortTally[] = [];
  list.forEach((entry: unknown, index) => {
    if (!isObject(entry) || typeof entry.port !== 'number') return;
    // targetPort defaults to port, protocol to TCP (API server defaulting)
    const targetPort = typeof entry.targetPort === 'number' || (typeof entry.targetPort === 'string' && entry.targetPort !== '')
      ? numericOrName(entry.targetPort)
      : entry.port;
    const protocol = typeof entry.protocol === 'string' ? entry.protocol : 'TCP';
    // a workload's Pods share one spec and come one after another: resolve a name once per spec
    let lastSpec: SimulatedPod['spec'] | undefined;
    let lastNumber: number | undefined;
    const resolve = (pod: SimulatedPod) => {
      if (typeof targetPort === 'number') return targetPort;
      if (pod.spec !== lastSpec) {
        lastSpec = pod.spec;
        lastNumber = resolveNamedPort(pod.spec, targetPort, protocol);
      }
      return lastNumber;
    };
    const port: ServicePortRoute = {
      port: entry.port,
      protocol,
      targetPort,
      endpoints: [],
      endpointCount: 0,
      missingTargetPort: [],
      missingTargetPortCount: 0,
      path: ['spec', 'ports', index],
    };
    if (typeof entry.name === 'string') port.name = entry.name;
    if (typeof entry.nodePort === 'number') port.nodePort = entry.nodePort;
    out.push({ route: port, resolve, missingOwners: new Set() });
  });
  return out;
}

// the API server rejects a digits-only port name; read it as the number it clearly means
function numericOrName(value: number | string): number | string {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

// a finding names at most this many workloads, then counts the others
const namedOwners = 10;

function targetPortFindings(service: Resource, tallies: PortTally[], selectedCount: number): RoutingFinding[] {
  const findings: RoutingFinding[] = [];
  for (const { route: port, missingOwners } of tallies) {
    if (port.missingTargetPortCount === 0) continue;
    const owners = [...missingOwners];
    const others = owners.length > namedOwners ? ` and ${owners.length - namedOwners} more workloads` : '';
    const who = port.missingTargetPortCount === selectedCount
      ? 'no selected Pod exposes'
      : `the Pods of ${owners.slice(0, namedOwners).join(', ')}${others} do not expose`;
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
 * The host part of a Pod's DNS record under a headless Service: a StatefulSet member gets
 * `<pod>.<svc>.<ns>.svc.cluster.local` when the StatefulSet's `serviceName` is this Service, a
 * Pod with `hostname` and a matching `subdomain` gets `<hostname>.<svc>…`.
 */
function hostnameOf(pod: SimulatedPod, serviceName: string): string | undefined {
  if (pod.owner.kind === 'StatefulSet' && pod.source && valueAt(pod.source.object, ['spec', 'serviceName']) === serviceName) {
    return pod.name;
  }
  const { hostname, subdomain } = pod.spec;
  return subdomain === serviceName && typeof hostname === 'string' ? hostname : undefined;
}
