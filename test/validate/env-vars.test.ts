import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pod = (env: string): string => `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: web
${env}
`;

describe('api/env-vars', () => {
  it('uses the C-identifier-like rule before 1.32 and the relaxed rule from 1.32', () => {
    const yaml = pod('    env:\n    - {name: "1st var", value: x}');
    expect(found(yaml, 'env-vars', '1.31')).toEqual([['invalidName', 8, 14]]);
    expect(found(yaml, 'env-vars', '1.32')).toEqual([]);
    expect(found(pod('    env:\n    - {name: "A=B", value: x}'), 'env-vars', '1.36')).toEqual([['invalidName', 8, 14]]);
  });

  it('flags value with valueFrom, several sources and a missing key', () => {
    const yaml = pod(`    env:
    - name: A
      value: x
      valueFrom: {fieldRef: {fieldPath: metadata.name}}
    - name: B
      valueFrom:
        configMapKeyRef: {name: c}
        secretKeyRef: {name: s, key: k}`);
    expect(found(yaml, 'env-vars')).toEqual([['valueAndValueFrom', 10, 7], ['manyValueSources', 12, 7], ['keyRequired', 13, 9]]);
  });

  it('checks envFrom prefixes and sources', () => {
    const yaml = pod('    envFrom:\n    - {prefix: "9_", configMapRef: {name: c}}\n    - {secretRef: {name: s}, configMapRef: {name: c}}');
    expect(found(yaml, 'env-vars', '1.30')).toEqual([['invalidPrefix', 8, 16], ['manyEnvFromSources', 9, 7]]);
  });

  it('accepts ordinary variables, including duplicate names', () => {
    expect(found(pod('    env:\n    - {name: MY_VAR.x-1, value: a}\n    - {name: MY_VAR.x-1, value: b}'), 'env-vars', '1.28')).toEqual([]);
  });
});
