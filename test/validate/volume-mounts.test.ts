import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (mounts: string): string => `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  volumes: [{name: data, emptyDir: {}}]
  containers:
  - name: web
    volumeMounts:
${mounts}
`;

describe('api/volume-mounts', () => {
  it('flags a mount of an undeclared volume at its name', () => {
    expect(found(pod('    - {name: cache, mountPath: /cache}'), 'volume-mounts')).toEqual([['volumeNotFound', 9, 14]]);
  });

  it('flags a repeated mountPath and unsafe subPaths', () => {
    expect(found(pod('    - {name: data, mountPath: /d}\n    - {name: data, mountPath: /d, subPath: ../x}\n    - {name: data, mountPath: /e, subPath: /x}'), 'volume-mounts')).toEqual([
      ['duplicateMountPath', 10, 31], ['subPathBacksteps', 10, 44], ['absoluteSubPath', 11, 44],
    ]);
  });

  it('counts StatefulSet volumeClaimTemplates as volumes', () => {
    const yaml = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  template:
    spec:
      containers:
      - name: db
        volumeMounts: [{name: pgdata, mountPath: /var/lib/postgresql}]
  volumeClaimTemplates:
  - metadata: {name: pgdata}
`;
    expect(found(yaml, 'volume-mounts')).toEqual([]);
  });
});
