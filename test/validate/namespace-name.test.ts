import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/namespace-name', () => {
  it('flags a namespace that is not a DNS-1123 label', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: Team_A\n', 'namespace-name')).toEqual([['invalidNamespace', 5, 14]]);
  });

  it('ignores metadata.namespace on cluster-scoped kinds, as the server does', () => {
    expect(found('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: a\n  namespace: Team_A\n', 'namespace-name')).toEqual([]);
  });

  it('uses the scope of a CRD from the same input', () => {
    const yaml = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec: {group: example.com, scope: Namespaced, names: {plural: widgets, kind: Widget}}
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
  namespace: a.b
`;
    expect(found(yaml, 'namespace-name')).toEqual([['invalidNamespace', 10, 14]]);
    expect(found(yaml.replace('Namespaced', 'Cluster'), 'namespace-name')).toEqual([]);
  });

  it('accepts a valid namespace', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: team-a\n', 'namespace-name')).toEqual([]);
  });
});
