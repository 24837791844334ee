import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const deployment = (selector: string, labels = '{app: web, tier: front}'): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector:
${selector}
  template:
    metadata:
      labels: ${labels}
`;

describe('api/workload-selector', () => {
  it('flags a selector that does not match the template labels, at the labels', () => {
    expect(found(deployment('    matchLabels: {app: api}'), 'workload-selector')).toEqual([['selectorMismatch', 9, 7]]);
  });

  it('evaluates matchExpressions with In, NotIn, Exists and DoesNotExist', () => {
    const expressions = (op: string, values = ''): string =>
      `    matchExpressions:\n    - {key: tier, operator: ${op}${values}}`;
    expect(found(deployment(expressions('In', ', values: [front]')), 'workload-selector')).toEqual([]);
    expect(found(deployment(expressions('NotIn', ', values: [front]')), 'workload-selector')).toEqual([['selectorMismatch', 10, 7]]);
    expect(found(deployment(expressions('Exists')), 'workload-selector')).toEqual([]);
    expect(found(deployment(expressions('DoesNotExist')), 'workload-selector')).toEqual([['selectorMismatch', 10, 7]]);
  });

  it('flags malformed expressions and an empty selector', () => {
    const yaml = deployment('    matchExpressions:\n    - {key: tier, operator: In}\n    - {key: app, operator: Exists, values: [x]}\n    - {key: app, operator: Equals}');
    expect(found(yaml, 'workload-selector')).toEqual([
      ['valuesRequired', 7, 7], ['valuesForbidden', 8, 36], ['invalidOperator', 9, 28],
    ]);
    expect(found(deployment('    matchLabels: {}'), 'workload-selector')).toEqual([['emptySelector', 5, 3]]);
  });

  it('requires a selector on a Job with manualSelector, and none in a CronJob template', () => {
    const job = 'apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  manualSelector: true\n  template: {}\n';
    expect(found(job, 'workload-selector')).toEqual([['selectorRequired', 4, 1]]);
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  jobTemplate:
    spec:
      selector: {matchLabels: {a: b}}
`;
    expect(found(cron, 'workload-selector')).toEqual([['selectorGenerated', 7, 7]]);
  });

  it('leaves a missing apps/v1 selector to the schema and accepts a matching one', () => {
    expect(found('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {}\n', 'workload-selector')).toEqual([]);
    expect(found(deployment('    matchLabels: {app: web}'), 'workload-selector')).toEqual([]);
    expect(found('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: {selector: "app=web"}\n', 'workload-selector')).toEqual([]);
  });

  it('requires a ReplicationController selector, defaulted from the template labels, that matches them', () => {
    const rc = (selector: string, labels: string): string => `apiVersion: v1\nkind: ReplicationController\nmetadata: {name: r}\nspec:\n${selector}  template:\n    metadata: {labels: ${labels}}\n    spec: {containers: [{name: a, image: x}]}\n`;
    expect(found(rc('', '{}'), 'workload-selector')).toEqual([['selectorRequired', 4, 1]]);
    expect(found(rc('', '{app: a}'), 'workload-selector')).toEqual([]);
    expect(found(rc('  selector: {app: b}\n', '{app: a}'), 'workload-selector')).toEqual([['selectorMismatch', 7, 16]]);
    expect(found(rc('  selector: {app: a}\n', '{app: a, tier: web}'), 'workload-selector')).toEqual([]);
  });
});
