import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const workload = (kind: string, apiVersion: string, spec: string): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: a}\nspec:\n  template:\n    spec:\n${spec}\n`;

describe('api/restart-policy', () => {
  it('requires Always for Deployments', () => {
    expect(found(workload('Deployment', 'apps/v1', '      restartPolicy: OnFailure'), 'restart-policy')).toEqual([['unsupportedRestartPolicy', 7, 22]]);
  });

  it('requires OnFailure or Never for Jobs, including when unset (it defaults to Always)', () => {
    expect(found(workload('Job', 'batch/v1', '      restartPolicy: Always'), 'restart-policy')).toEqual([['unsupportedRestartPolicy', 7, 22]]);
    expect(found(workload('Job', 'batch/v1', '      containers: []'), 'restart-policy')).toEqual([['jobRestartPolicyRequired', 6, 5]]);
  });

  it('accepts the defaults and valid values', () => {
    expect(found(workload('DaemonSet', 'apps/v1', '      containers: []'), 'restart-policy')).toEqual([]);
    expect(found(workload('Job', 'batch/v1', '      restartPolicy: Never'), 'restart-policy')).toEqual([]);
    expect(found('apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {restartPolicy: OnFailure}\n', 'restart-policy')).toEqual([]);
  });
});
