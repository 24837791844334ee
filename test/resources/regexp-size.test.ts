import { describe, expect, it } from 'vitest';
import { estimatedProgramSize } from '../../src/resources/index.js';

describe('estimatedProgramSize', () => {
  it('is close to the compiled size of ordinary patterns', () => {
    expect(estimatedProgramSize('^(a+)+$')).toBeLessThan(20);
    expect(estimatedProgramSize('^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$')).toBeLessThan(40);
  });

  it('multiplies repeats, nested ones too, without expanding them', () => {
    expect(estimatedProgramSize('[a-z]{1000}')).toBeGreaterThanOrEqual(1000);
    expect(estimatedProgramSize('((a{10}){10}){10}')).toBeGreaterThanOrEqual(1000);
    const started = performance.now();
    expect(estimatedProgramSize('a{1000}'.repeat(1000))).toBeGreaterThanOrEqual(1_000_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
