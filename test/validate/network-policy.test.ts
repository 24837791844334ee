import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const policy = (spec: string): string => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n${spec}\n`;

describe('api/network-policy', () => {
  it('flags bad protocols, ports and endPort ranges', () => {
    expect(found(policy('  ingress:\n  - ports:\n    - {protocol: ICMP, port: 0}\n    - {port: 8000, endPort: 7000}\n    - {port: http, endPort: 90}'), 'network-policy')).toEqual([
      ['invalidProtocol', 8, 18], ['invalidPort', 8, 30], ['endPortBelowPort', 9, 29], ['endPortNeedsNumber', 10, 29],
    ]);
  });

  it('flags empty peers, ipBlock with selectors and bad CIDRs', () => {
    expect(found(policy('  egress:\n  - to:\n    - {}\n    - {ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}\n    - {ipBlock: {cidr: 10.0.0.0/33, except: [10.1.0.0]}}'), 'network-policy')).toEqual([
      ['emptyPeer', 8, 7], ['ipBlockWithSelector', 9, 8], ['invalidCidr', 10, 24], ['invalidCidr', 10, 46],
    ]);
  });

  it('flags unknown policy types and accepts a valid policy', () => {
    expect(found(policy('  policyTypes: [Ingress, Both]'), 'network-policy')).toEqual([['invalidPolicyType', 6, 26]]);
    expect(found(policy('  policyTypes: [Egress]\n  egress:\n  - to: [{namespaceSelector: {}, podSelector: {}}, {ipBlock: {cidr: "fd00::/8"}}]\n    ports: [{port: 53, protocol: UDP}, {port: 8000, endPort: 9000}]'), 'network-policy')).toEqual([]);
  });
});
