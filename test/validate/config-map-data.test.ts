import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const configMap = (body: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n${body}\n`;

describe('api/config-map-data', () => {
  it('flags invalid keys and a key in both data and binaryData', () => {
    expect(found(configMap('data:\n  "conf/app.yaml": x\n  a: y\nbinaryData:\n  a: eA=='), 'config-map-data')).toEqual([['invalidKey', 5, 3], ['duplicateKey', 8, 3]]);
  });

  it('flags binaryData that is not base64, and a ConfigMap over 1 MiB', () => {
    expect(found(configMap('binaryData:\n  a: "***"'), 'config-map-data')).toEqual([['invalidBase64', 5, 6]]);
    expect(found(configMap(`data:\n  a: ${'x'.repeat(1024 * 1024)}`), 'config-map-data')).toEqual([['tooLarge', 4, 1]]);
  });

  it('accepts dotted keys and non-string values (a schema error)', () => {
    expect(found(configMap('data:\n  app.properties: x\n  enabled: yes'), 'config-map-data')).toEqual([]);
  });
});
