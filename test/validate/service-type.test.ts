import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const service = (spec: string): string => `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n${spec}\n`;

describe('api/service-type', () => {
  it('requires a valid externalName and no clusterIP for ExternalName Services', () => {
    expect(found(service('  type: ExternalName'), 'service-type')).toEqual([['externalNameRequired', 4, 1]]);
    expect(found(service('  type: ExternalName\n  externalName: db_host\n  clusterIP: None'), 'service-type')).toEqual([
      ['invalidExternalName', 6, 17], ['clusterIPForbidden', 7, 14],
    ]);
    expect(found(service('  type: ExternalName\n  externalName: db.example.com.'), 'service-type')).toEqual([]);
  });

  it('forbids clusterIP None with NodePort and LoadBalancer', () => {
    expect(found(service('  type: NodePort\n  clusterIP: None\n  ports: [{port: 80}]'), 'service-type')).toEqual([['headlessNotAllowed', 6, 14]]);
  });

  it('requires ports unless the Service is headless', () => {
    expect(found(service('  selector: {app: web}'), 'service-type')).toEqual([['portsRequired', 4, 1]]);
    expect(found(service('  clusterIP: None\n  selector: {app: web}'), 'service-type')).toEqual([]);
  });

  it('flags unknown types and clusterIPs that are not IPs', () => {
    expect(found(service('  type: Internal'), 'service-type')).toEqual([['unsupportedType', 5, 9]]);
    expect(found(service('  clusterIP: 10.0.0.300\n  ports: [{port: 80}]'), 'service-type')).toEqual([['invalidClusterIP', 5, 14]]);
  });
});
