import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity } from '../../src/resources/index.js';
import { found } from './api-findings.js';

const pod = (resources: string): string => `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: web
    resources:
${resources}
`;

describe('api/container-resources', () => {
  it('flags a request above its limit, at the request', () => {
    expect(found(pod('      requests: {cpu: "1.5", memory: 1Gi}\n      limits: {cpu: 1000m, memory: 1024Mi}'), 'container-resources')).toEqual([['requestAboveLimit', 8, 23]]);
  });

  it('requires equal requests and limits for extended resources', () => {
    expect(found(pod('      requests: {nvidia.com/gpu: 1}'), 'container-resources')).toEqual([['extendedLimitRequired', 7, 5]]);
    expect(found(pod('      requests: {nvidia.com/gpu: 1}\n      limits: {nvidia.com/gpu: 2}'), 'container-resources')).toEqual([['extendedNotEqual', 8, 34]]);
  });

  it('skips an absurd exponent quickly instead of comparing numbers with millions of digits', () => {
    const started = Date.now();
    const findings = found(pod('      requests: {cpu: "1e99999999"}\n      limits: {cpu: "1"}'), 'container-resources');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(findings).toEqual([]);
  });

  it('flags negative quantities and non-container resources, and leaves text that is no quantity to the schema', () => {
    expect(found(pod('      limits: {cpu: 1 core, memory: -1Mi, storage: 1Gi}'), 'container-resources')).toEqual([
      ['negativeQuantity', 8, 37], ['unknownResource', 8, 43],
    ]);
  });

  it('accepts equal values in different units and limits without requests', () => {
    expect(found(pod('      requests: {cpu: 0.5, memory: 1G, hugepages-2Mi: 1Gi}\n      limits: {cpu: 500m, memory: 1e9, example.com/foo: 3}'), 'container-resources')).toEqual([]);
  });
});

describe('parseQuantity', () => {
  it('compares exactly across binary, decimal and exponent suffixes', () => {
    const cmp = (a: unknown, b: unknown): number => compareQuantities(parseQuantity(a)!, parseQuantity(b)!);
    expect(cmp('1Gi', '1024Mi')).toBe(0);
    expect(cmp('0.1', '100m')).toBe(0);
    expect(cmp('1e3', '1k')).toBe(0);
    expect(cmp('1E', '1e18')).toBe(0);
    expect(cmp(2, '1999m')).toBe(1);
    expect(parseQuantity('1K')).toBeUndefined();
    expect(parseQuantity('')).toBeUndefined();
  });
});
