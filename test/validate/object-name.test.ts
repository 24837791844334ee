import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const named = (kind: string, name: string, apiVersion = 'v1'): string => `apiVersion: ${apiVersion}
kind: ${kind}
metadata:
  name: ${name}
`;

describe('api/object-name', () => {
  it('flags a name that is not a DNS-1123 subdomain, at the value', () => {
    expect(found(named('ConfigMap', 'My_App'), 'object-name')).toEqual([['invalidName', 4, 9]]);
  });

  it('uses DNS-1035 labels for Services and DNS labels for Namespaces and StatefulSets', () => {
    expect(found(named('Service', '1web'), 'object-name')).toEqual([['invalidName', 4, 9]]);
    expect(found(named('Namespace', 'team.a'), 'object-name')).toEqual([['invalidName', 4, 9]]);
    expect(found(named('StatefulSet', 'db.main', 'apps/v1'), 'object-name')).toEqual([['invalidName', 4, 9]]);
  });

  it('uses path-segment names for RBAC kinds', () => {
    expect(found(named('ClusterRole', 'a/b', 'rbac.authorization.k8s.io/v1'), 'object-name')).toEqual([['invalidName', 4, 9]]);
    expect(found(named('ClusterRole', 'system:Aggregate_To-View', 'rbac.authorization.k8s.io/v1'), 'object-name')).toEqual([]);
  });

  it('limits CronJob names to 52 characters and Job names to 63', () => {
    expect(found(named('CronJob', 'a'.repeat(53), 'batch/v1'), 'object-name')).toEqual([['invalidName', 4, 9]]);
    expect(found(named('CronJob', 'a'.repeat(52), 'batch/v1'), 'object-name')).toEqual([]);
    expect(found(named('Job', 'a'.repeat(64), 'batch/v1'), 'object-name')).toEqual([['invalidName', 4, 9]]);
  });

  it('requires a name or generateName on built-in kinds, pointing at metadata', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels: {}\n', 'object-name')).toEqual([['nameRequired', 3, 1]]);
    expect(found('apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: web-\n', 'object-name')).toEqual([]);
    expect(found('apiVersion: v1\nkind: Pod\nmetadata:\n  generateName: Web-\n', 'object-name')).toEqual([['invalidGenerateName', 4, 17]]);
  });

  it('checks that a CRD is named <plural>.<group>', () => {
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widget.example.com
spec:
  group: example.com
  names: {plural: widgets, kind: Widget}
`;
    expect(found(crd, 'object-name')).toEqual([['invalidName', 4, 9]]);
    expect(found(crd.replace('widget.', 'widgets.'), 'object-name')).toEqual([]);
  });

  it('ignores tool configuration files and wrong types', () => {
    expect(found('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  name: My_Kust\n', 'object-name')).toEqual([]);
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [a]\n', 'object-name')).toEqual([]);
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata: text\n', 'object-name')).toEqual([]);
  });

  it('requires a name of an object with no metadata, and of a custom resource whose CRD is in the input', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n', 'object-name')).toEqual([['nameRequired', 1, 1]]);
    const crd = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: widgets.example.com}
spec:
  group: example.com
  scope: Namespaced
  names: {kind: Widget, plural: widgets}
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
---
apiVersion: example.com/v1
kind: Widget
metadata: {labels: {a: b}}
`;
    expect(found(crd, 'object-name')).toEqual([['nameRequired', 12, 1]]);
    // without its CRD a custom kind may be a tool's config file (an IstioOperator): no finding
    expect(found('apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec: {}\n', 'object-name')).toEqual([]);
  });
});
