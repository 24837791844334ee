import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (spec: string): string => `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n${spec}\n`;

describe('api/pod-spec', () => {
  it('flags a negative grace period and a non-positive activeDeadlineSeconds', () => {
    expect(found(pod('  terminationGracePeriodSeconds: -1\n  activeDeadlineSeconds: 0'), 'pod-spec')).toEqual([
      ['negativeGracePeriod', 5, 34], ['invalidActiveDeadline', 6, 26],
    ]);
  });

  it('flags dnsPolicy, hostname and serviceAccountName values the server rejects', () => {
    expect(found(pod('  dnsPolicy: ClusterFirstWithHostNetwork\n  hostname: web.1\n  serviceAccountName: Robot'), 'pod-spec')).toEqual([
      ['invalidDnsPolicy', 5, 14], ['invalidHostname', 6, 13], ['invalidServiceAccountName', 7, 23],
    ]);
  });

  it('accepts valid values in a Deployment template', () => {
    const yaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec: {terminationGracePeriodSeconds: 0, dnsPolicy: None, subdomain: web}\n';
    expect(found(yaml, 'pod-spec')).toEqual([]);
  });
});
