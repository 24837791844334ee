import { describe, expect, it } from 'vitest';
import { diffFields } from '../../../src/plan/diff/field-diff.js';

const strategic = { strategic: true };

describe('diffFields', () => {
  it('reports changed, added and removed map keys with kubectl-style paths', () => {
    const before = { metadata: { labels: { app: 'web', 'app.kubernetes.io/part-of': 'shop' } }, spec: { replicas: 2 } };
    const after = { metadata: { labels: { app: 'web', tier: 'front' } }, spec: { replicas: 3 } };
    expect(diffFields(before, after, strategic).map(({ path, before, after }) => ({ path, before, after }))).toEqual([
      { path: 'metadata.labels.tier', before: undefined, after: 'front' },
      { path: 'metadata.labels["app.kubernetes.io/part-of"]', before: 'shop', after: undefined },
      { path: 'spec.replicas', before: 2, after: 3 },
    ]);
  });

  it('matches containers, env and ports by merge key, not by index', () => {
    const before = {
      spec: {
        containers: [
          { name: 'sidecar', image: 'envoy:1' },
          { name: 'web', image: 'web:1', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80, name: 'http' }] },
        ],
      },
    };
    const after = {
      spec: {
        containers: [
          { name: 'web', image: 'web:2', env: [{ name: 'B', value: '2' }, { name: 'C', value: '3' }], ports: [{ containerPort: 80, name: 'web' }] },
          { name: 'sidecar', image: 'envoy:1' },
        ],
      },
    };
    expect(diffFields(before, after, strategic).map((f) => f.path)).toEqual([
      'spec.containers[name=web].image',
      'spec.containers[name=web].env[name=C]',
      'spec.containers[name=web].env[name=A]',
      'spec.containers[name=web].ports[containerPort=80].name',
    ]);
  });

  it('keys Service ports on port', () => {
    const before = { spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443, targetPort: 8443 }] } };
    const after = { spec: { ports: [{ port: 443, targetPort: 9443 }, { port: 80, targetPort: 8080 }] } };
    expect(diffFields(before, after, strategic).map((f) => f.path)).toEqual(['spec.ports[port=443].targetPort']);
  });

  it('compares atomic lists item by item, and whole when the length changes', () => {
    expect(diffFields({ spec: { args: ['a', 'b'] } }, { spec: { args: ['a', 'c'] } }, strategic).map((f) => f.path)).toEqual(['spec.args[1]']);
    expect(diffFields({ spec: { args: ['a'] } }, { spec: { args: ['a', 'c'] } }, strategic)).toMatchObject([{ path: 'spec.args', before: ['a'], after: ['a', 'c'] }]);
  });

  it('compares every list of a custom resource whole or by index (JSON merge patch)', () => {
    const before = { spec: { containers: [{ name: 'a' }, { name: 'b' }] } };
    const after = { spec: { containers: [{ name: 'b' }, { name: 'a' }] } };
    expect(diffFields(before, after, { strategic: false }).map((f) => f.path)).toEqual(['spec.containers[0].name', 'spec.containers[1].name']);
    expect(diffFields(before, after, strategic)).toEqual([]);
  });

  it('compares resource quantities by value', () => {
    const before = { resources: { requests: { cpu: '1000m', memory: '1Gi' }, limits: { memory: '1.5Gi' } } };
    const after = { resources: { requests: { cpu: 1, memory: '1024Mi' }, limits: { memory: '1536Mi' } } };
    expect(diffFields(before, after, strategic)).toEqual([]);
    expect(diffFields(before, { resources: { requests: { cpu: '1500m', memory: '1Gi' }, limits: { memory: '1.5Gi' } } }, strategic)).toMatchObject([
      { path: 'resources.requests.cpu', before: '1000m', after: '1500m' },
    ]);
  });

  it('tells an int from a string: 80 and "80" differ (a string targetPort is a port name)', () => {
    expect(diffFields({ targetPort: 80 }, { targetPort: '80' }, strategic)).toHaveLength(1);
  });

  it('never carries a sensitive value, only that it was added, removed or changed', () => {
    const fields = diffFields({ data: { a: 'c2VjcmV0', b: 'eA==' } }, { data: { a: 'b3RoZXI=', c: 'eQ==' } }, { strategic: true, sensitiveRoots: new Set(['data']) });
    expect(fields).toEqual([
      { path: 'data.a', jsonPath: ['data', 'a'], sensitive: true, before: '(sensitive value)', after: '(sensitive value)' },
      { path: 'data.c', jsonPath: ['data', 'c'], sensitive: true, after: '(sensitive value)' },
      { path: 'data.b', jsonPath: ['data', 'b'], sensitive: true, before: '(sensitive value)' },
    ]);
  });
});
