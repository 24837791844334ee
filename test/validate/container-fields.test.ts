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

  it('requires an image in Pods and pod templates, for every kind of container', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  initContainers: [{name: i}]\n  containers:\n  - name: web\n    image: ""\n';
    expect(found(pod, 'container-fields')).toEqual([['imageRequired', 5, 20], ['imageRequired', 8, 12]]);
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers:\n      - name: web\n';
    expect(found(deployment, 'container-fields')).toEqual([['imageRequired', 8, 9]]);
  });

  it('checks whitespace around the image only in Pods, as the server does', () => {
    const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n      containers: [{name: web, image: " "}]\n';
    expect(found(deployment, 'container-fields')).toEqual([]);
  });
});
