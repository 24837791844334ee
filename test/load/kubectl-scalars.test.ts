import { describe, expect, it } from 'vitest';
import { resolvePlainScalar } from '../../src/load/kubectl-scalars.js';

describe('resolvePlainScalar reads plain scalars as kubectl does', () => {
  it.each([
    ['yes', true], ['No', false], ['on', true], ['OFF', false], ['y', true], ['n', false], ['true', true],
    ['0755', 493], ['0o17', 15], ['0x1F', 31], ['0b101', 5], ['-0b11', -3], ['1_000', 1000], ['+12', 12],
    ['08', 8], ['1e3', 1000], ['.5', 0.5], ['-.5', -0.5], ['1.', 1], ['0', 0], ['-0', -0],
  ])('%s is %s', (text, expected) => {
    expect(resolvePlainScalar(text)).toEqual({ value: expected });
  });

  it.each(['2001-12-14', '10:30', 'yes please', 'Yess', '0x', '1.2.3', '-', 'nginx:1.25', '1Gi', '500m', '.inf.x'])(
    '%s stays a string',
    (text) => {
      expect(resolvePlainScalar(text)).toBeUndefined();
    },
  );

  it('reads infinities and NaN', () => {
    expect(resolvePlainScalar('.inf')).toEqual({ value: Infinity });
    expect(resolvePlainScalar('-.Inf')).toEqual({ value: -Infinity });
    expect(Number.isNaN(resolvePlainScalar('.nan')?.value)).toBe(true);
  });
});
