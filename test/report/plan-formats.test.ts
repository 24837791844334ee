import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/plan/index.js';
import { planFormats } from '../../src/report/index.js';
import { withinBudget } from '../../src/report/plan-markdown.js';
import { ResourceSet } from '../../src/resources/index.js';
import { makeResources } from '../helpers/make-resource.js';

const service = (clusterIP: string, port: number) => `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  clusterIP: ${clusterIP}\n  selector: {app: web}\n  ports: [{port: ${port}}]\n`;
const secret = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: creds, namespace: shop}\nstringData: {token: ${value}}\n`;

function report() {
  const desired = new ResourceSet(makeResources(`${service('None', 8080)}---\n${secret('format-marker-new')}`, 'desired.yaml'));
  const base = { kind: 'folder' as const, name: 'old/', resources: makeResources(`${service('10.0.0.12', 80)}---\n${secret('format-marker-old')}`, 'old.yaml') };
  return { plan: makePlan(desired, base, { defaultNamespace: 'default' }), diagnostics: [], kubernetesVersion: '1.36' };
}

describe('plan formats', () => {
  it('text: the table in apply order, the fields with their signs, the reason and the summary', () => {
    const text = planFormats.text(report(), { color: false });
    expect(text).toMatch(/1\s+~\s+Secret\/creds\s+shop/);
    expect(text).toMatch(/2\s+-\/\+\s+Service\/web\s+shop\s+spec\.clusterIP is immutable once allocated/);
    expect(text).toContain('    ~ spec.clusterIP: "10.0.0.12" -> "None"   # forces replacement');
    expect(text).toContain('    + spec.ports[port=8080]: {"port":8080,"protocol":"TCP","targetPort":8080}');
    expect(text).toContain('    ~ data.token: (sensitive value changed)');
    expect(text).toContain('Plan: 0 to create, 1 to update, 1 to replace, 0 to delete.');
    expect(text).not.toContain('format-marker');
  });

  it('markdown: a heading with the summary, a diff block per object, changed values as - and + lines', () => {
    const markdown = planFormats.markdown(report(), {});
    expect(markdown.startsWith('## Plan: 0 to create, 1 to update, 1 to replace, 0 to delete.\n')).toBe(true);
    expect(markdown).toContain('- spec.clusterIP: "10.0.0.12"\n+ spec.clusterIP: "None"   # forces replacement');
    expect(markdown).toContain('**Replaced:** spec.clusterIP is immutable once allocated');
    expect(markdown).not.toContain('format-marker');
  });

  it('json: version 1, the documented keys, sensitive values masked', () => {
    const json = JSON.parse(planFormats.json(report(), {})) as Record<string, unknown> & { changes: { action: string; kind: string; fields: unknown[]; reason: string | null }[] };
    expect(json).toMatchObject({ version: 1, planned: true, summary: { create: 0, update: 1, replace: 1, delete: 0, unchanged: 0 }, order: ['Secret/shop/creds', 'Service/shop/web'] });
    expect(json.changes[0].fields).toEqual([{ path: 'data.token', before: '(sensitive value)', after: '(sensitive value)', sensitive: true }]);
    expect(json.changes[1]).toMatchObject({ action: 'replace', reason: 'spec.clusterIP is immutable once allocated' });
    expect(JSON.stringify(json)).not.toContain('format-marker');
  });

  it('markdown stays under its byte budget and says what it left out', () => {
    const sections = Array.from({ length: 50 }, (_, i) => [`section ${i}`, 'x'.repeat(1000)]);
    const text = withinBudget(sections, 10_000);
    expect(Buffer.byteLength(text)).toBeLessThan(10_500);
    expect(text).toMatch(/cut here to stay under GitHub's 1 MiB limit: 41 more sections left out/);
  });
});
