import { describe, expect, it } from 'vitest';
import { apiFindings, found } from './api-findings.js';
import { itemAt } from '../helpers/item-at.js';

const secret = (body: string): string => `apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n${body}\n`;

describe('api/secret-data', () => {
  it('flags data that is not base64 without printing the value', () => {
    const yaml = secret('data:\n  password: "hunter2!"');
    expect(found(yaml, 'secret-data')).toEqual([['invalidBase64', 5, 13]]);
    expect(itemAt(apiFindings(yaml, 'secret-data'), 0).message).not.toContain('hunter2');
  });

  it('flags invalid keys in data and stringData, at the key', () => {
    expect(found(secret('data:\n  "a b": eA==\nstringData:\n  "..x": y'), 'secret-data')).toEqual([['invalidKey', 5, 3], ['invalidKey', 7, 3]]);
  });

  it('flags a Secret over 1 MiB', () => {
    expect(found(secret(`stringData:\n  big: ${'x'.repeat(1024 * 1024 + 1)}`), 'secret-data')).toEqual([['tooLarge', 4, 1]]);
  });

  it('accepts padded and line-wrapped base64 and empty values', () => {
    expect(found(secret('data:\n  a: aGVsbG8=\n  b: ""\n  c: |\n    aGVsbG8g\n    d29ybGQ=\n  .dot_key-1: eA=='), 'secret-data')).toEqual([]);
  });
});
