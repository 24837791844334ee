import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const service = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n${spec}\n`;

describe('api/service-ports', () => {
  it('requires names when there are several ports, and unique ones', () => {
    expect(found(service('  ports:\n  - {port: 80}\n  - {name: https, port: 443}'), 'service-ports')).toEqual([['nameRequired', 6, 5]]);
    expect(found(service('  ports:\n  - {name: web, port: 80}\n  - {name: web, port: 443}'), 'service-ports')).toEqual([['duplicateName', 7, 12]]);
  });

  it('flags duplicate port/protocol pairs, with TCP as the default protocol', () => {
    expect(found(service('  ports:\n  - {name: a, port: 80}\n  - {name: b, port: 80, protocol: TCP}'), 'service-ports')).toEqual([['duplicatePort', 7, 21]]);
    expect(found(service('  ports:\n  - {name: a, port: 53}\n  - {name: b, port: 53, protocol: UDP}'), 'service-ports')).toEqual([]);
  });

  it('checks targetPort numbers and names', () => {
    expect(found(service('  ports:\n  - {port: 80, targetPort: 70000}'), 'service-ports')).toEqual([['invalidTargetPort', 6, 28]]);
    expect(found(service('  ports:\n  - {port: 80, targetPort: HTTP}'), 'service-ports')).toEqual([['invalidTargetPort', 6, 28]]);
    expect(found(service('  ports:\n  - {port: 80, targetPort: http-alt}'), 'service-ports')).toEqual([]);
  });

  it('only allows nodePort on NodePort and LoadBalancer Services, within 30000-32767', () => {
    expect(found(service('  ports:\n  - {port: 80, nodePort: 30080}'), 'service-ports')).toEqual([['nodePortNotAllowed', 6, 26]]);
    expect(found(service('  type: NodePort\n  ports:\n  - {port: 80, nodePort: 8080}'), 'service-ports')).toEqual([['nodePortOutOfRange', 7, 26]]);
    expect(found(service('  type: LoadBalancer\n  ports:\n  - {port: 80, nodePort: 30080}'), 'service-ports')).toEqual([]);
  });
});
