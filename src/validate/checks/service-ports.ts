import type { JsonObject } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { dns1123LabelError, isValidPortNumber, portNameError } from '../name-formats.js';
import { objectAt, objectsOf, quote } from '../read-field.js';

const protocols = ['TCP', 'UDP', 'SCTP'];
// the kube-apiserver default of --service-node-port-range
const nodePortMin = 30000;
const nodePortMax = 32767;

/** ValidateService's port rules: names, numbers, protocols, targetPort, nodePort and duplicates. */
export const servicePorts: ApiCheck = {
  id: 'service-ports',
  summary: 'Service ports have unique DNS-1123 label names (required with several ports), valid numbers, protocols and targetPorts, unique port/protocol pairs, and nodePorts only where allowed.',
  check(resource) {
    if (!isKind(resource, '', 'Service')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec || !Array.isArray(spec.ports)) return [];
    const type = typeof spec.type === 'string' && spec.type !== '' ? spec.type : 'ClusterIP';
    const ports = objectsOf(spec.ports);
    const state = { names: new Set<string>(), pairs: new Set<string>(), nodePorts: new Set<string>() };
    return ports.flatMap(([port, i]) => portFindings(port, i, { type, many: ports.length > 1 }, state));
  },
};

interface Seen { names: Set<string>; pairs: Set<string>; nodePorts: Set<string> }

function portFindings(port: JsonObject, i: number, service: { type: string; many: boolean }, seen: Seen): ApiFinding[] {
  const out: ApiFinding[] = [];
  const path = ['spec', 'ports', i];
  const { name, protocol, targetPort, nodePort } = port;
  const number = port.port;
  if ((name === undefined || name === null || name === '') && service.many) {
    out.push(finding('nameRequired', [...path, 'name'], 'a port name is required when a Service has more than one port'));
  } else if (typeof name === 'string' && name !== '') {
    const error = dns1123LabelError(name);
    if (error) out.push(finding('invalidName', [...path, 'name'], `port name ${quote(name)} ${error}`));
    else if (seen.names.has(name)) out.push(finding('duplicateName', [...path, 'name'], `port name ${quote(name)} is used by another port`));
    seen.names.add(name);
  }
  if (typeof number === 'number' && !isValidPortNumber(number)) {
    out.push(finding('invalidPort', [...path, 'port'], `${number} is not a port number between 1 and 65535`));
  }
  if (typeof protocol === 'string' && !protocols.includes(protocol)) {
    out.push(finding('invalidProtocol', [...path, 'protocol'], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
  }
  // the server defaults protocol to TCP, so an unset and a TCP port collide
  const proto = typeof protocol === 'string' ? protocol : 'TCP';
  if (typeof number === 'number') {
    if (seen.pairs.has(`${proto}/${number}`)) out.push(finding('duplicatePort', [...path, 'port'], `port ${number}/${proto} is used by another port of the Service`));
    seen.pairs.add(`${proto}/${number}`);
  }
  // targetPort 0 or "" is defaulted to port
  if (typeof targetPort === 'number' && targetPort !== 0 && !isValidPortNumber(targetPort)) {
    out.push(finding('invalidTargetPort', [...path, 'targetPort'], `${targetPort} is not a port number between 1 and 65535`));
  } else if (typeof targetPort === 'string' && targetPort !== '') {
    const error = portNameError(targetPort);
    if (error) out.push(finding('invalidTargetPort', [...path, 'targetPort'], `targetPort name ${quote(targetPort)} ${error}`));
  }
  if (typeof nodePort === 'number' && nodePort !== 0) out.push(...nodePortFindings(nodePort, proto, [...path, 'nodePort'], service.type, seen));
  return out;
}

function nodePortFindings(nodePort: number, proto: string, path: (string | number)[], type: string, seen: Seen): ApiFinding[] {
  if (type !== 'NodePort' && type !== 'LoadBalancer') {
    return [finding('nodePortNotAllowed', path, `nodePort may not be used when the type is ${quote(type)}`)];
  }
  // the allocator rejects ports outside the range (default 30000-32767) at create
  if (nodePort < nodePortMin || nodePort > nodePortMax) {
    return [finding('nodePortOutOfRange', path, `${nodePort} is outside the default node port range ${nodePortMin}-${nodePortMax}`)];
  }
  const key = `${proto}/${nodePort}`;
  if (seen.nodePorts.has(key)) return [finding('duplicateNodePort', path, `nodePort ${nodePort}/${proto} is used by another port of the Service`)];
  seen.nodePorts.add(key);
  return [];
}
