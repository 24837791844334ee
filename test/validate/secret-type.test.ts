import { describe, expect, it } from 'vitest';
import { apiFindings, found } from './api-findings.js';
import { itemAt } from '../helpers/item-at.js';

const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n${body}\n`;

describe('api/secret-type', () => {
  it('requires tls.crt and tls.key for TLS Secrets', () => {
    expect(found(secret('type: kubernetes.io/tls\ndata:\n  tls.crt: eA=='), 'secret-type')).toEqual([['keyRequired', 4, 7]]);
  });

  it('requires a JSON .dockerconfigjson without printing it', () => {
    const yaml = secret('type: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: bm90IGpzb24=');
    expect(found(yaml, 'secret-type')).toEqual([['invalidDockerConfig', 6, 22]]);
    expect(itemAt(apiFindings(yaml, 'secret-type'), 0).message).not.toContain('not json');
    expect(found(secret('type: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: "{}"'), 'secret-type')).toEqual([]);
  });

  it('requires username or password, ssh-privatekey, and the service account annotation', () => {
    expect(found(secret('type: kubernetes.io/basic-auth\nstringData: {user: x}'), 'secret-type')).toEqual([['basicAuthKeyRequired', 4, 7]]);
    expect(found(secret('type: kubernetes.io/ssh-auth\ndata: {}'), 'secret-type')).toEqual([['keyRequired', 4, 7]]);
    expect(found(secret('type: kubernetes.io/service-account-token'), 'secret-type')).toEqual([['serviceAccountRequired', 3, 1]]);
  });

  it('accepts Opaque and custom types with any keys', () => {
    expect(found(secret('type: example.com/custom\ndata: {}'), 'secret-type')).toEqual([]);
  });
});
