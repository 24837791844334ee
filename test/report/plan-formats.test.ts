import { describe, expect, it } from 'vitest';
import { makePlan } from '../../src/plan/index.js';
import { planFormats } from '../../src/report/plan/plan-formats.js';
import { withinBudget } from '../../src/report/plan/plan-markdown.js';
import { ResourceSet } from '../../src/resources/index.js';
import { makeResources } from '../helpers/make-resource.js';
import { itemAt } from '../helpers/item-at.js';

const service = (clusterIP: string, port: number) => `apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  clusterIP: ${clusterIP}\n  selector: {app: web}\n  ports: [{port: ${port}}]\n`;
const secret = (value: string) => `apiVersion: v1\nkind: Secret\nmetadata: {name: creds, namespace: shop}\nstringData: {token: ${value}}\n`;

function report() {
  const desired = new ResourceSet(makeResources(`${service('None', 8080)}---\n${secret('format-marker-new')}`, 'desired.yaml'));
  const base = { kind: 'folder' as const, name: 'old/', resources: makeResources(`${service('10.0.0.12', 80)}---\n${secret('format-marker-old')}`, 'old.yaml') };
  return { plan: makePlan(desired, base, { defaultNamespace: 'default' }), diagnostics: [], kubernetesVersion: '1.36' };
}

describe('plan formats', () => {
  it('text and markdown count in the right number: "1 object", "1 object of the base"', () => {
    const desired = new ResourceSet(makeResources(service('None', 80), 'desired.yaml'));
    const base = { kind: 'folder' as const, name: 'old/', resources: makeResources(`${service('None', 80)}---\n${secret('format-marker-old')}`, 'old.yaml') };
    const one = { plan: makePlan(desired, base, { defaultNamespace: 'default' }), diagnostics: [], kubernetesVersion: '1.36' };
    const text = planFormats.text(one, { color: false });
    expect(text).toContain('drydock plan: 1 object, ');
    expect(text).toContain('1 object of the base is not in the input; it is left alone (--prune plans its deletion).');
    const markdown = planFormats.markdown(one, {});
    expect(markdown).toContain('_1 object of the base is not in the input and is left alone (`--prune` plans its deletion)._');
    expect(planFormats.text(report(), { color: false })).toContain('drydock plan: 2 objects, ');
  });

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
    expect(itemAt(json.changes, 0).fields).toEqual([{ path: 'data.token', before: '(sensitive value)', after: '(sensitive value)', sensitive: true }]);
    expect(json.changes[1]).toMatchObject({ action: 'replace', reason: 'spec.clusterIP is immutable once allocated' });
    expect(JSON.stringify(json)).not.toContain('format-marker');
  });

  it('diff: kubectl diff\'s unified diff per object, LIVE against MERGED, Secret values masked as kubectl masks them', () => {
    const diff = planFormats.diff(report(), {});
    expect(diff).toContain('diff -u -N LIVE/v1.Service.shop.web MERGED/v1.Service.shop.web\n--- LIVE/v1.Service.shop.web\n+++ MERGED/v1.Service.shop.web\n');
    expect(diff).toContain('-  clusterIP: 10.0.0.12\n+  clusterIP: None\n');
    expect(diff).toContain('-  token: "*** (before)"\n+  token: "*** (after)"\n');
    expect(diff).not.toContain('format-marker');
    expect(Buffer.from(diff).toString()).not.toMatch(/Zm9ybWF0LW1hcmtlci/);
  });

  it('diff: a create is all + lines, a cluster-scoped object has an empty namespace in its name', () => {
    const plan = makePlan(new ResourceSet(makeResources('apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n')), undefined, { defaultNamespace: 'default' });
    expect(planFormats.diff({ plan, diagnostics: [], kubernetesVersion: '1.36' }, {})).toBe(
      'diff -u -N LIVE/v1.Namespace..shop MERGED/v1.Namespace..shop\n--- LIVE/v1.Namespace..shop\n+++ MERGED/v1.Namespace..shop\n@@ -0,0 +1,4 @@\n+apiVersion: v1\n+kind: Namespace\n+metadata:\n+  name: shop\n',
    );
  });

  it('markdown stays under its byte budget and says what it left out', () => {
    const sections = Array.from({ length: 50 }, (_, i) => [`section ${i}`, 'x'.repeat(1000)]);
    const text = withinBudget(sections, 10_000);
    expect(Buffer.byteLength(text)).toBeLessThan(10_500);
    expect(text).toMatch(/cut here to stay under GitHub's 1 MiB limit: 41 more sections left out/);
  });
});
