import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const pdb = (spec: string): string => `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\nspec:\n${spec}\n`;

describe('api/pod-disruption-budget', () => {
  it('flags minAvailable and maxUnavailable together, at maxUnavailable', () => {
    expect(found(pdb('  minAvailable: 1\n  maxUnavailable: 1'), 'pod-disruption-budget')).toEqual([['bothSet', 6, 3]]);
  });

  it('flags bad percentages and negative numbers', () => {
    expect(found(pdb('  minAvailable: "120%"'), 'pod-disruption-budget')).toEqual([['over100Percent', 5, 17]]);
    expect(found(pdb('  maxUnavailable: half'), 'pod-disruption-budget')).toEqual([['invalidPercent', 5, 19]]);
    expect(found(pdb('  maxUnavailable: -1'), 'pod-disruption-budget')).toEqual([['negativeValue', 5, 19]]);
  });

  it('accepts one of the two as a number or percentage', () => {
    expect(found(pdb('  minAvailable: "50%"\n  selector: {matchLabels: {app: web}}'), 'pod-disruption-budget')).toEqual([]);
  });
});
