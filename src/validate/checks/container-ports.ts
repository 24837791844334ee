import { podSpecOf } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { isValidPortNumber, portNameError } from '../name-formats.js';
import { objectsOf, quote } from '../read-field.js';

const protocols = ['TCP', 'UDP', 'SCTP'];

/** validateContainerPorts and checkHostPortConflicts: names, numbers, protocols, host port clashes. */
export const containerPorts: ApiCheck = {
  id: 'container-ports',
  summary: 'Container ports have valid numbers, protocols and IANA_SVC_NAME names unique per container, no host port clashes, and with hostNetwork a hostPort equal to the containerPort.',
  check(resource) {
    const out: ApiFinding[] = [];
    const hostPorts = new Set<string>();
    const hostNetwork = podSpecOf(resource)?.spec.hostNetwork === true;
    for (const container of containersIn(resource)) {
      const names = new Set<string>();
      for (const [port, i] of objectsOf(container.spec.ports)) {
        const path = [...container.path, 'ports', i];
        const { name, containerPort, hostPort, protocol } = port;
        if (typeof name === 'string' && name !== '') {
          const error = portNameError(name);
          if (error) out.push(finding('invalidPortName', [...path, 'name'], `port name ${quote(name)} ${error}`));
          else if (names.has(name)) out.push(finding('duplicatePortName', [...path, 'name'], `port name ${quote(name)} is used twice in container ${quote(container.name)}`));
          names.add(name);
        }
        // a missing containerPort is a schema error (required)
        if (typeof containerPort === 'number' && !isValidPortNumber(containerPort)) {
          out.push(finding('invalidPortNumber', [...path, 'containerPort'], `${containerPort} is not a port number between 1 and 65535`));
        }
        // hostPort 0 means "not set"
        if (typeof hostPort === 'number' && hostPort !== 0 && !isValidPortNumber(hostPort)) {
          out.push(finding('invalidPortNumber', [...path, 'hostPort'], `${hostPort} is not a port number between 1 and 65535`));
        }
        // validateHostNetwork (regular containers): an unset hostPort takes the containerPort, another one is refused
        if (hostNetwork && container.kind === 'container' && typeof hostPort === 'number' && hostPort !== 0 && typeof containerPort === 'number' && hostPort !== containerPort) {
          out.push(finding('hostPortMismatch', [...path, 'hostPort'], `hostPort ${hostPort} must match containerPort ${containerPort} when hostNetwork is true`));
        }
        if (typeof protocol === 'string' && !protocols.includes(protocol)) {
          out.push(finding('invalidProtocol', [...path, 'protocol'], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
        }
        if (typeof hostPort === 'number' && hostPort !== 0) {
          // the server defaults protocol to TCP, so an unset and a TCP port collide
          const key = `${typeof protocol === 'string' ? protocol : 'TCP'}/${typeof port.hostIP === 'string' ? port.hostIP : ''}/${hostPort}`;
          if (hostPorts.has(key)) out.push(finding('duplicateHostPort', [...path, 'hostPort'], `host port ${hostPort} is already used by another port of the pod`));
          hostPorts.add(key);
        }
      }
    }
    return out;
  },
};
