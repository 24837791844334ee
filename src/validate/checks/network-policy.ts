import { isObject, type JsonObject, type JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { labelSelectorFindings } from '../label-selector.js';
import { isValidPortNumber, portNameError } from '../name-formats.js';
import { objectAt, objectsOf, quote } from '../read-field.js';
import { cidrError } from '../cidr.js';

const protocols = ['TCP', 'UDP', 'SCTP'];

/** ValidateNetworkPolicySpec: ports, protocols, endPort, peers, ipBlocks and policyTypes. */
export const networkPolicy: ApiCheck = {
  id: 'network-policy',
  summary: 'NetworkPolicy ports have valid protocols, numbers or names and endPort ranges; peers set one kind of selector or an ipBlock with valid CIDRs; policyTypes are Ingress or Egress.',
  check(resource) {
    if (!isKind(resource, 'networking.k8s.io', 'NetworkPolicy')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    if (isObject(spec.podSelector)) out.push(...labelSelectorFindings(spec.podSelector, ['spec', 'podSelector']));
    for (const [direction, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
      for (const [rule, i] of objectsOf(spec[direction])) {
        const path = ['spec', direction, i];
        for (const [port, j] of objectsOf(rule.ports)) out.push(...portFindings(port, [...path, 'ports', j]));
        for (const [peer, j] of objectsOf(rule[peers])) out.push(...peerFindings(peer, [...path, peers, j]));
      }
    }
    (Array.isArray(spec.policyTypes) ? spec.policyTypes : []).forEach((type: unknown, i) => {
      if (typeof type === 'string' && type !== 'Ingress' && type !== 'Egress') {
        out.push(finding('invalidPolicyType', ['spec', 'policyTypes', i], `${quote(type)} is not a supported policy type (Ingress, Egress)`));
      }
    });
    return out;
  },
};

function portFindings(port: JsonObject, path: JsonPath): ApiFinding[] {
  const out: ApiFinding[] = [];
  const { protocol, endPort } = port;
  const value = port.port;
  if (typeof protocol === 'string' && !protocols.includes(protocol)) {
    out.push(finding('invalidProtocol', [...path, 'protocol'], `${quote(protocol)} is not a supported protocol (TCP, UDP, SCTP)`));
  }
  if (typeof value === 'number' && !isValidPortNumber(value)) out.push(finding('invalidPort', [...path, 'port'], `${value} is not a port number between 1 and 65535`));
  if (typeof value === 'string') {
    const error = portNameError(value);
    if (error) out.push(finding('invalidPort', [...path, 'port'], `port name ${quote(value)} ${error}`));
  }
  if (typeof endPort === 'number') {
    if (typeof value !== 'number') out.push(finding('endPortNeedsNumber', [...path, 'endPort'], 'endPort may only be set when port is a number'));
    else if (endPort < value) out.push(finding('endPortBelowPort', [...path, 'endPort'], `endPort must be greater than or equal to port (${value})`));
    else if (!isValidPortNumber(endPort)) out.push(finding('invalidPort', [...path, 'endPort'], `${endPort} is not a port number between 1 and 65535`));
  }
  return out;
}

// ValidateNetworkPolicyPeer: one of the selectors, or an ipBlock alone
function peerFindings(peer: JsonObject, path: JsonPath): ApiFinding[] {
  const out: ApiFinding[] = [];
  const selectors = ['podSelector', 'namespaceSelector'].filter((key) => isObject(peer[key]));
  const ipBlock = peer.ipBlock;
  if (selectors.length === 0 && !isObject(ipBlock)) out.push(finding('emptyPeer', path, 'a peer must specify podSelector, namespaceSelector or ipBlock'));
  if (selectors.length > 0 && isObject(ipBlock)) out.push(finding('ipBlockWithSelector', [...path, 'ipBlock'], 'ipBlock may not be combined with podSelector or namespaceSelector', 'key'));
  for (const key of selectors) out.push(...labelSelectorFindings(peer[key] as JsonObject, [...path, key]));
  if (!isObject(ipBlock)) return out;
  const cidr = ipBlock.cidr;
  if (typeof cidr !== 'string' || cidr === '') {
    out.push(finding('cidrRequired', [...path, 'ipBlock', 'cidr'], 'ipBlock.cidr is required'));
    return out;
  }
  const error = cidrError(cidr);
  if (error) out.push(finding('invalidCidr', [...path, 'ipBlock', 'cidr'], `${quote(cidr)} ${error}`));
  (Array.isArray(ipBlock.except) ? ipBlock.except : []).forEach((except: unknown, i) => {
    const exceptError = typeof except === 'string' ? cidrError(except) : undefined;
    if (exceptError) out.push(finding('invalidCidr', [...path, 'ipBlock', 'except', i], `${quote(except)} ${exceptError}`));
  });
  return out;
}
