import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

describe('api/job-spec', () => {
  it('flags negative counts, a non-positive deadline and an Indexed Job without completions', () => {
    const yaml = `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: -1
  activeDeadlineSeconds: 0
  completionMode: Indexed
`;
    expect(found(yaml, 'job-spec')).toEqual([['negativeValue', 5, 17], ['deadlineNotPositive', 6, 26], ['completionsRequired', 4, 1]]);
  });

  it('checks CronJob fields and its job template', () => {
    const yaml = `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  concurrencyPolicy: Sometimes
  failedJobsHistoryLimit: -2
  jobTemplate:
    spec: {parallelism: -1}
`;
    expect(found(yaml, 'job-spec')).toEqual([['negativeValue', 6, 27], ['invalidConcurrencyPolicy', 5, 22], ['negativeValue', 8, 25]]);
  });

  it('accepts a plain Job', () => {
    expect(found('apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec: {backoffLimit: 0, completions: 3, completionMode: Indexed}\n', 'job-spec')).toEqual([]);
  });
});
