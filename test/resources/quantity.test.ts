import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity } from '../../src/resources/index.js';

describe('parseQuantity', () => {
  it('compares quantities exactly across suffixes', () => {
    const q = (text: string | number) => parseQuantity(text)!;
    expect(compareQuantities(q('500m'), q(0.5))).toBe(0);
    expect(compareQuantities(q('1Gi'), q('1024Mi'))).toBe(0);
    expect(compareQuantities(q('1'), q('999m'))).toBe(1);
    expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
  });

  it('refuses what the API server refuses', () => {
    for (const text of ['', ' 1', '1 ', '1.5.2', 'Gi', '1GiB', '--1']) expect(parseQuantity(text)).toBeUndefined();
    expect(parseQuantity(Infinity)).toBeUndefined();
    expect(parseQuantity({})).toBeUndefined();
  });

  it('refuses an absurd exponent instead of computing a power with millions of digits', () => {
    const started = Date.now();
    expect(parseQuantity('1e99999999')).toBeUndefined();
    // under a millisecond refused; computing the power does not end in minutes
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
