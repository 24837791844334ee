import type { JsonPath } from './json-path.js';
import { isObject } from './pod-template.js';

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
