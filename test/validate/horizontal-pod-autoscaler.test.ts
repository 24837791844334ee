import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const hpa = (spec: string): string => `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}\nspec:\n${spec}\n`;

describe('api/horizontal-pod-autoscaler', () => {
  it('flags minReplicas below 1 and maxReplicas below minReplicas', () => {
    expect(found(hpa('  minReplicas: 0\n  maxReplicas: 3'), 'horizontal-pod-autoscaler')).toEqual([['minReplicasBelowOne', 5, 16]]);
    expect(found(hpa('  minReplicas: 5\n  maxReplicas: 3'), 'horizontal-pod-autoscaler')).toEqual([['maxBelowMin', 6, 16]]);
  });

  it('flags an empty scale target name', () => {
    expect(found(hpa('  scaleTargetRef: {kind: Deployment, name: ""}\n  maxReplicas: 3'), 'horizontal-pod-autoscaler')).toEqual([['targetFieldRequired', 5, 44]]);
  });

  it('accepts equal bounds', () => {
    expect(found(hpa('  minReplicas: 2\n  maxReplicas: 2\n  scaleTargetRef: {kind: Deployment, name: web}'), 'horizontal-pod-autoscaler')).toEqual([]);
  });
});
