import { describe, expect, it } from 'vitest';
import { apiFindings, found } from './api-findings.js';

const deployment = (strategy: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: a}
spec:
  strategy:
${strategy}
`;

describe('api/update-strategy', () => {
  it('flags rollingUpdate with the Recreate strategy, at the key', () => {
    expect(found(deployment('    type: Recreate\n    rollingUpdate: {maxSurge: 1}'), 'update-strategy')).toEqual([['rollingUpdateForbidden', 7, 5]]);
  });

  it('flags maxSurge and maxUnavailable both 0, bad percentages and unknown types', () => {
    expect(found(deployment('    rollingUpdate: {maxSurge: 0, maxUnavailable: "0%"}'), 'update-strategy')).toEqual([['bothZero', 6, 50]]);
    expect(found(deployment('    rollingUpdate: {maxUnavailable: "150%", maxSurge: "1/4"}'), 'update-strategy')).toEqual([['invalidPercent', 6, 55], ['over100Percent', 6, 37]]);
    expect(found(deployment('    type: BlueGreen'), 'update-strategy')).toEqual([['unsupportedType', 6, 11]]);
  });

  it('uses the DaemonSet default maxSurge of 0, and ignores rollingUpdate under OnDelete there', () => {
    const daemonSet = (body: string): string => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  updateStrategy: ${body}\n`;
    expect(found(daemonSet('{rollingUpdate: {maxUnavailable: 0}}'), 'update-strategy')).toEqual([['bothZero', 5, 52]]);
    expect(found(daemonSet('{type: OnDelete, rollingUpdate: {maxUnavailable: 0}}'), 'update-strategy')).toEqual([]);
  });

  it('accepts maxUnavailable 0 when maxSurge defaults to 25%', () => {
    expect(found(deployment('    rollingUpdate: {maxUnavailable: 0}'), 'update-strategy')).toEqual([]);
  });

  it('flags a DaemonSet whose maxSurge and maxUnavailable are both non-zero, counting the default maxUnavailable of 1', () => {
    const daemonSet = (body: string): string => `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: a}\nspec:\n  updateStrategy: ${body}\n`;
    expect(found(daemonSet('{rollingUpdate: {maxSurge: 1, maxUnavailable: 1}}'), 'update-strategy')).toEqual([['surgeAndUnavailable', 5, 46]]);
    expect(apiFindings(daemonSet('{rollingUpdate: {maxSurge: 1, maxUnavailable: 1}}'), 'update-strategy').map((f) => f.message))
      .toEqual(['spec.updateStrategy.rollingUpdate.maxSurge: maxSurge may not be set when maxUnavailable is non-zero.']);
    expect(found(daemonSet('{rollingUpdate: {maxSurge: "25%"}}'), 'update-strategy')).toEqual([['surgeAndUnavailable', 5, 46]]);
    expect(found(daemonSet('{rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}'), 'update-strategy')).toEqual([]);
    expect(found(daemonSet('{rollingUpdate: {maxSurge: "150%", maxUnavailable: 0}}'), 'update-strategy')).toEqual([['over100Percent', 5, 46]]);
  });
});
