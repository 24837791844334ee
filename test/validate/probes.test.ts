import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (container: string, list = 'containers'): string => `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  ${list}:
  - name: web
${container}
`;

describe('api/probes', () => {
  it('flags a probe without a handler and one with two', () => {
    expect(found(pod('    readinessProbe: {periodSeconds: 5}'), 'probes')).toEqual([['noHandler', 7, 5]]);
    expect(found(pod('    livenessProbe:\n      exec: {command: [true]}\n      tcpSocket: {port: 80}'), 'probes')).toEqual([['manyHandlers', 9, 7]]);
  });

  it('requires successThreshold 1 for liveness and startup probes', () => {
    expect(found(pod('    startupProbe: {tcpSocket: {port: 80}, successThreshold: 2}'), 'probes')).toEqual([['successThresholdNotOne', 7, 61]]);
    expect(found(pod('    readinessProbe: {tcpSocket: {port: 80}, successThreshold: 2}'), 'probes')).toEqual([]);
  });

  it('flags negative numbers, bad ports and schemes', () => {
    expect(found(pod('    livenessProbe: {httpGet: {port: "8080", scheme: http}, periodSeconds: -1}'), 'probes')).toEqual([
      ['negativeValue', 7, 75], ['invalidPort', 7, 37], ['invalidScheme', 7, 53],
    ]);
  });

  it('forbids probes on init containers that are not sidecars', () => {
    expect(found(pod('    readinessProbe: {exec: {command: [x]}}', 'initContainers'), 'probes')).toEqual([['probeNotAllowed', 7, 5]]);
    expect(found(pod('    restartPolicy: Always\n    readinessProbe: {exec: {command: [x]}}', 'initContainers'), 'probes')).toEqual([]);
  });
});
