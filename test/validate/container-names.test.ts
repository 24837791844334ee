import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/container-names', () => {
  it('flags invalid, empty and duplicate names across init and regular containers', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  initContainers:
  - name: web
  containers:
  - name: web
  - name: Web_1
  - name: ""
`;
    expect(found(yaml, 'container-names')).toEqual([['duplicateName', 8, 11], ['invalidName', 9, 11], ['nameRequired', 10, 11]]);
  });

  it('accepts distinct labels and leaves a missing name to the schema', () => {
    expect(found('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: web}, {name: side-car}, {image: x}]\n', 'container-names')).toEqual([]);
  });
});
