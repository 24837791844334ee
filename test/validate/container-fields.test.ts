import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/container-fields', () => {
  it('flags unsupported enum values and whitespace around the image', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  containers:
  - name: web
    image: " nginx"
    imagePullPolicy: always
    terminationMessagePolicy: Stdout
`;
    expect(found(yaml, 'container-fields')).toEqual([['invalidPullPolicy', 8, 22], ['invalidMessagePolicy', 9, 31], ['imageWhitespace', 7, 12]]);
  });

  it('accepts valid values', () => {
    expect(found('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, image: nginx, imagePullPolicy: IfNotPresent}]\n', 'container-fields')).toEqual([]);
  });
});
