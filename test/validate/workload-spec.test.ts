import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/workload-spec', () => {
  it('flags negative counts and a progress deadline not above minReadySeconds', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: {name: a}
spec:
  replicas: -1
  minReadySeconds: 30
  progressDeadlineSeconds: 30
`;
    expect(found(yaml, 'workload-spec')).toEqual([['negativeValue', 5, 13], ['deadlineBelowMinReady', 7, 28]]);
  });

  it('checks StatefulSet serviceName as a DNS label from 1.33 and podManagementPolicy', () => {
    const yaml = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: a}\nspec:\n  serviceName: db.svc\n  podManagementPolicy: Random\n';
    expect(found(yaml, 'workload-spec')).toEqual([['invalidPodManagementPolicy', 6, 24], ['invalidServiceName', 5, 16]]);
    expect(found(yaml, 'workload-spec', '1.32')).toEqual([['invalidPodManagementPolicy', 6, 24]]);
  });

  it('accepts zero replicas and a longer deadline', () => {
    const yaml = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {replicas: 0, minReadySeconds: 5, progressDeadlineSeconds: 600}\n';
    expect(found(yaml, 'workload-spec')).toEqual([]);
  });
});
