import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const ingress = (rules: string): string => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web}
spec:
  rules:
${rules}
`;
const backend = '{service: {name: web, port: {number: 80}}}';

describe('api/ingress', () => {
  it('flags relative paths for Exact and Prefix and bad path sequences', () => {
    expect(found(ingress(`  - http:\n      paths:\n      - {path: api, pathType: Prefix, backend: ${backend}}\n      - {path: /a//b, pathType: Exact, backend: ${backend}}`), 'ingress')).toEqual([
      ['relativePath', 8, 16], ['invalidPathSequence', 9, 16],
    ]);
  });

  it('flags IP hosts and invalid wildcards', () => {
    expect(found(ingress('  - host: 10.0.0.1\n  - host: "*.*.example.com"\n  - host: Example.com'), 'ingress')).toEqual([
      ['hostIsIP', 6, 11], ['invalidHost', 7, 11], ['invalidHost', 8, 11],
    ]);
    expect(found(ingress('  - host: "*.example.com"'), 'ingress')).toEqual([]);
  });

  it('checks backends: service xor resource, and port name xor number', () => {
    const path = (b: string): string => `  - http:\n      paths:\n      - pathType: ImplementationSpecific\n        backend: ${b}`;
    expect(found(ingress(path('{service: {name: web, port: {name: http, number: 80}}}')), 'ingress')).toEqual([['portNameAndNumber', 9, 40]]);
    expect(found(ingress(path('{service: {name: web, port: {}}, resource: {kind: B, name: b}}')), 'ingress')).toEqual([['serviceAndResource', 9, 9]]);
    expect(found(ingress(path('{}')), 'ingress')).toEqual([['backendTargetRequired', 9, 9]]);
  });

  it('requires rules or a default backend, and leaves older API versions alone', () => {
    expect(found('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec: {}\n', 'ingress')).toEqual([['rulesOrBackendRequired', 4, 1]]);
    expect(found('apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata: {name: a}\nspec: {}\n', 'ingress')).toEqual([]);
  });
});
