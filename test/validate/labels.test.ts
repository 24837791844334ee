import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/labels', () => {
  it('flags bad keys at the key and bad values at the value', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  labels:
    -bad: x
    app: -x-
    Example.com/name: y
    example.com/ok.Name_1: ${'v'.repeat(64)}
`;
    expect(found(yaml, 'labels')).toEqual([
      ['invalidKey', 6, 5], ['invalidValue', 7, 10], ['invalidKey', 8, 5], ['invalidValue', 9, 28],
    ]);
  });

  it('checks pod template labels too', () => {
    const yaml = `apiVersion: apps/v1
kind: Deployment
metadata: {name: a}
spec:
  template:
    metadata:
      labels: {app: "a b"}
`;
    expect(found(yaml, 'labels')).toEqual([['invalidValue', 7, 21]]);
  });

  it('accepts prefixed keys, empty values and non-string values (a schema error)', () => {
    const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels: {app.kubernetes.io/name: web, empty: "", n: 1}\n';
    expect(found(yaml, 'labels')).toEqual([]);
  });
});
