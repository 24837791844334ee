import type { JsonPath } from './json-path.js';
import { containersOf, isObject, podSpecOf } from './pod-template.js';
import type { Resource } from './resource.js';

/** The port a probe connects to, and the path of that value inside the probe. */
export interface ProbePort {
  port: number | string;
  /** Relative to the probe: `['httpGet', 'port']`, `['tcpSocket', 'port']` or `['grpc', 'port']`. */
  path: JsonPath;
}

/** The port of an httpGet, tcpSocket or grpc probe; undefined for exec probes and malformed ones. */
export function probePortOf(probe: unknown): ProbePort | undefined {
  if (!isObject(probe)) return undefined;
  for (const handler of ['httpGet', 'tcpSocket', 'grpc']) {
    const action = probe[handler];
    if (!isObject(action)) continue;
    const port = action.port;
    if (typeof port === 'number' && Number.isInteger(port)) return { port, path: [handler, 'port'] };
    // an all-digit string is how some templates write a number; anything else is a port name
    if (typeof port === 'string' && port !== '') return { port: /^\d+$/.test(port) ? Number(port) : port, path: [handler, 'port'] };
  }
  return undefined;
}

/**
 * How a container declares `port` in its `ports`: `tcp` when a TCP port (the default protocol)
 * has that number or name, `otherProtocol` when only a UDP or SCTP one does, `undeclared` otherwise.
 */
export function declaredPortStatus(container: Record<string, unknown>, port: number | string): 'tcp' | 'otherProtocol' | 'undeclared' {
  const ports = Array.isArray(container.ports) ? container.ports : [];
  let status: 'otherProtocol' | 'undeclared' = 'undeclared';
  for (const entry of ports) {
    if (!isObject(entry)) continue;
    const matches = typeof port === 'number' ? Number(entry.containerPort) === port : entry.name === port;
    if (!matches) continue;
    const protocol = entry.protocol ?? 'TCP';
    if (protocol === 'TCP') return 'tcp';
    status = 'otherProtocol';
  }
  return status;
}

/** Why a probe's port is not one its container declares, as the probe-port rules report it. */
export interface UndeclaredProbePort {
  /** `name`: no TCP port has that name; `number`: none has that number; `protocol`: only a UDP or SCTP port matches. */
  reason: 'name' | 'number' | 'protocol';
  container: string;
  port: number | string;
  path: JsonPath;
}

/**
 * Each container's `probe` (readinessProbe, livenessProbe or startupProbe) whose port the container
 * does not declare for TCP. A numbered port of a Pod on the host network needs no declaration: the
 * process listens on the node, and such Pods often list no ports at all. A named port must always
 * resolve, since the kubelet looks the name up in the container's ports.
 */
export function undeclaredProbePorts(resource: Resource, probe: 'readinessProbe' | 'livenessProbe' | 'startupProbe'): UndeclaredProbePort[] {
  const isHostNetwork = podSpecOf(resource)?.spec.hostNetwork === true;
  const found: UndeclaredProbePort[] = [];
  for (const container of containersOf(resource)) {
    // ephemeral containers may not have probes
    if (container.kind === 'ephemeral') continue;
    const target = probePortOf(container.spec[probe]);
    if (!target) continue;
    const status = declaredPortStatus(container.spec, target.port);
    if (status === 'tcp') continue;
    if (status === 'undeclared' && typeof target.port === 'number' && isHostNetwork) continue;
    const reason = status === 'otherProtocol' ? 'protocol' : typeof target.port === 'string' ? 'name' : 'number';
    found.push({ reason, container: container.name, port: target.port, path: [...container.path, probe, ...target.path] });
  }
  return found;
}
