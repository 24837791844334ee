import { describe, expect, it } from 'vitest';
import { ResourceSet } from '../../src/resources/index.js';
import { apiChecks, runApiChecks } from '../../src/validate/index.js';
import { runChecks } from '../../src/validate/run-api-checks.js';
import { makeResources } from '../helpers/make-resource.js';
import { firstItems } from '../helpers/item-at.js';

const yaml = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n  namespace: shop\n';

describe('runApiChecks', () => {
  it('turns findings into diagnostics with the rule id, range, path and resource', () => {
    const [diagnostic] = firstItems(runApiChecks(new ResourceSet(makeResources(yaml)), { kubernetesVersion: '1.36' }), 1);
    expect(diagnostic).toMatchObject({
      ruleId: 'api/object-name', severity: 'error', messageId: 'invalidName',
      path: ['metadata', 'name'],
      range: { file: 'test.yaml', start: { line: 4, column: 9 } },
      resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'Bad_Name', namespace: 'shop' },
    });
    expect(diagnostic.message).toMatch(/^metadata\.name: "Bad_Name" is not a valid DNS-1123 subdomain/);
  });

  it('reports a throwing check as internal and keeps running the others', () => {
    const broken = { id: 'broken', summary: 'Throws.', check: () => { throw new Error('boom'); } };
    const diagnostics = runChecks([broken, ...apiChecks], new ResourceSet(makeResources(yaml)), { kubernetesVersion: '1.36' });
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['internal', 'api/object-name']);
    // worded like every internal failure (one builder for rules, API checks and schema validation)
    expect(diagnostics[0]).toMatchObject({ messageId: 'checkFailed', message: 'the check api/broken failed on v1/ConfigMap shop/Bad_Name: boom (this is a bug in drydock)' });
  });

  it('has unique kebab-case ids and one-sentence summaries', () => {
    const ids = apiChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of apiChecks) {
      expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(check.summary).toMatch(/^[A-Za-z].*\.$/);
    }
  });

  it('survives values of any type', () => {
    const hostile = `apiVersion: apps/v1
kind: Deployment
metadata: {name: [1], labels: 3, annotations: [x]}
spec:
  selector: 5
  strategy: {rollingUpdate: "x", type: 1}
  template:
    metadata: {labels: [a]}
    spec:
      containers: [1, "x", {name: 5, ports: {a: 1}, env: "x", resources: [], livenessProbe: 1, volumeMounts: {}}]
      volumes: "x"
`;
    const diagnostics = runApiChecks(new ResourceSet(makeResources(hostile)), { kubernetesVersion: '1.36' });
    expect(diagnostics.filter((d) => d.ruleId === 'internal')).toEqual([]);
  });
});
