import { describe, expect, it } from 'vitest';
import { apiFindings, found } from './api-findings.js';

describe('api/workload-template', () => {
  it('flags a workload without a spec, or with spec: null, at the nearest line', () => {
    expect(found('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n', 'workload-template')).toEqual([['specRequired', 1, 1]]);
    expect(found('apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: s}\nspec: null\n', 'workload-template')).toEqual([['specRequired', 4, 7]]);
    expect(found('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n', 'workload-template')).toEqual([['specRequired', 1, 1]]);
    expect(found('apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\n', 'workload-template')).toEqual([['specRequired', 1, 1]]);
  });

  it('words the finding without quoting the input', () => {
    expect(apiFindings('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: null\n', 'workload-template').map((f) => f.message))
      .toEqual(['spec: a Deployment needs a spec with its pod template.']);
  });

  it('flags a ReplicationController or PodTemplate without a pod template', () => {
    expect(found('apiVersion: v1\nkind: ReplicationController\nmetadata: {name: r}\nspec:\n  replicas: 1\n', 'workload-template')).toEqual([['templateRequired', 4, 1]]);
    expect(found('apiVersion: v1\nkind: PodTemplate\nmetadata: {name: t}\n', 'workload-template')).toEqual([['templateRequired', 1, 1]]);
  });

  it('leaves kinds without a pod template and look-alike custom kinds alone', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n', 'workload-template')).toEqual([]);
    expect(found('apiVersion: example.com/v1\nkind: Deployment\nmetadata: {name: d}\n', 'workload-template')).toEqual([]);
    expect(found('apiVersion: v1\nkind: ReplicationController\nmetadata: {name: r}\nspec:\n  template:\n    metadata: {labels: {a: b}}\n    spec: {containers: [{name: a, image: x}]}\n', 'workload-template')).toEqual([]);
  });
});
