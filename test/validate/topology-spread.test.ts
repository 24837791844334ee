import { describe, expect, it } from 'vitest';
import { found } from './api-findings.js';

const statefulSet = (constraints: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      topologySpreadConstraints:
${constraints}
      containers: [{name: db, image: example/db:1.0}]
`;
const constraint = (fields: string) => `        - {${fields}, labelSelector: {matchLabels: {app: db}}}`;

describe('api/topology-spread', () => {
  it('rejects maxSkew and minDomains below 1, and an empty topologyKey', () => {
    expect(found(statefulSet(constraint('maxSkew: 0, minDomains: 0, topologyKey: "", whenUnsatisfiable: DoNotSchedule')), 'topology-spread')).toEqual([
      ['maxSkew', 11, 21],
      ['minDomains', 11, 36],
      ['topologyKey', 11, 52],
    ]);
  });

  it('rejects an unknown whenUnsatisfiable and minDomains with ScheduleAnyway', () => {
    expect(found(statefulSet(constraint('maxSkew: 1, topologyKey: zone, whenUnsatisfiable: DoNotScheduleAnyway')), 'topology-spread')).toEqual([['whenUnsatisfiable', 11, 62]]);
    expect(found(statefulSet(constraint('maxSkew: 1, minDomains: 3, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway')), 'topology-spread')).toEqual([['minDomainsPolicy', 11, 36]]);
  });

  it('rejects a repeated topologyKey and whenUnsatisfiable, at the second constraint', () => {
    const twice = `${constraint('maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway')}\n${constraint('maxSkew: 2, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway')}`;
    expect(found(statefulSet(twice), 'topology-spread')).toEqual([['duplicate', 12, 11]]);
  });

  it('accepts valid constraints, the same key with both policies, and minDomains with DoNotSchedule', () => {
    const valid = `${constraint('maxSkew: 1, minDomains: 3, topologyKey: zone, whenUnsatisfiable: DoNotSchedule')}\n${constraint('maxSkew: 1, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway')}`;
    expect(found(statefulSet(valid), 'topology-spread')).toEqual([]);
  });
});
