import { describe, expect, it } from 'vitest';
import { withoutNulls } from '../../src/schema/without-nulls.js';

describe('withoutNulls', () => {
  it('drops null object properties at any depth, inside arrays too', () => {
    const input = { a: null, b: { c: null, d: 1 }, e: [{ f: null, g: 'x' }, null] };
    expect(withoutNulls(input)).toEqual({ b: { d: 1 }, e: [{ g: 'x' }, null] });
    expect(input.a).toBeNull();
  });

  it('returns the same object when there is nothing to drop', () => {
    const input = { a: 1, b: { c: [1, 2] } };
    expect(withoutNulls(input)).toBe(input);
  });
});
