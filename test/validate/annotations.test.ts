import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/annotations', () => {
  it('flags an invalid key at the key', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    "a b": x\n', 'annotations')).toEqual([['invalidKey', 6, 5]]);
  });

  it('flags annotations over 256 KiB in total', () => {
    const big = 'x'.repeat(200 * 1024);
    const yaml = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    a: ${big}\n    b: ${big}\n`;
    expect(found(yaml, 'annotations')).toEqual([['tooLarge', 5, 3]]);
  });

  it('accepts uppercase keys, which the server lowercases before checking', () => {
    expect(found('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations: {Example.com/Note: x}\n', 'annotations')).toEqual([]);
  });
});
