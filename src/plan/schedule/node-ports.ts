import { isObject, type JsonObject, type JsonPath } from '../../resources/index.js';
import { rejected, type FilterStatus } from './filter-status.js';
import type { HostPort, NodeState } from './node-state.js';
import type { SchedulerWording } from './scheduler-wording.js';

/** A host port a Pod asks for, with the path of the field in the pod spec. */
export interface RequestedHostPort extends HostPort {
  path: JsonPath;
}

/**
 * The host ports of a pod spec. With `hostNetwork: true` the API server defaults `hostPort` to
 * `containerPort`, so every container port is a host port.
 */
export function hostPortsOf(spec: JsonObject): RequestedHostPort[] {
  const out: RequestedHostPort[] = [];
  for (const field of ['initContainers', 'containers']) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container: unknown, index) => {
      if (!isObject(container) || !Array.isArray(container.ports)) return;
      if (field === 'initContainers' && container.restartPolicy !== 'Always') return;
      container.ports.forEach((port: unknown, portIndex) => {
        if (!isObject(port)) return;
        const hostPort = typeof port.hostPort === 'number' ? port.hostPort : spec.hostNetwork === true ? port.containerPort : undefined;
        if (typeof hostPort !== 'number' || hostPort <= 0) return;
        out.push({
          ip: typeof port.hostIP === 'string' && port.hostIP !== '' ? port.hostIP : '0.0.0.0',
          protocol: typeof port.protocol === 'string' ? port.protocol : 'TCP',
          port: hostPort,
          path: [field, index, 'ports', portIndex, typeof port.hostPort === 'number' ? 'hostPort' : 'containerPort'],
        });
      });
    });
  }
  return out;
}

/** Whether two host ports collide: same protocol and port, and either IP is the wildcard or both are equal. */
export function portsConflict(a: HostPort, b: HostPort): boolean {
  if (a.port !== b.port || a.protocol !== b.protocol) return false;
  return a.ip === '0.0.0.0' || b.ip === '0.0.0.0' || a.ip === b.ip;
}

/** NodePorts: every requested (hostIP, protocol, hostPort) must be free on the node. */
export function nodePortsFilter(ports: readonly HostPort[], node: NodeState, wording: SchedulerWording): FilterStatus | undefined {
  if (ports.length === 0 || node.ports.length === 0) return undefined;
  const collides = ports.some((wanted) => node.ports.some((used) => portsConflict(wanted, used)));
  return collides ? rejected('NodePorts', wording.nodePorts, false) : undefined;
}
