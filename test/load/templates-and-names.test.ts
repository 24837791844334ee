import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { itemAt } from '../helpers/item-at.js';

const privilegedPod = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: c
    image: nginx:1.25
    securityContext:
      privileged: true
`;

const notes = (diagnostics: { ruleId: string }[]) => diagnostics.filter((d) => d.ruleId === 'input/not-a-manifest');

describe('a document that loads is checked whatever its comments or strings hold', () => {
  it.each([
    ['a Helm action in a comment atop it', `# {{ .Values.x }}\n${privilegedPod}`],
    ['a Helm action in a trailing comment', privilegedPod.replace('name: p', 'name: p # {{ include "x" . }}')],
    ['a Helm action in a quoted string', privilegedPod.replace('name: p', 'name: p\n  annotations: {a: "{{ .Values.x }}"}')],
    ['a Helm action inside a plain scalar', privilegedPod.replace('image: nginx:1.25', 'image: nginx-{{.Values.tag}}')],
    ['a duplicate key and a {{ in a comment', `# {{ .Values.x }}\n${privilegedPod}`.replace('name: p', 'name: p\n  name: p')],
  ])('%s', (_label, text) => {
    const { resources, diagnostics } = loadText(text, 'pod.yaml');
    expect(resources.map((r) => r.kind)).toEqual(['Pod']);
    expect(notes(diagnostics)).toEqual([]);
  });

  it('a duplicate key (kubectl keeps the last) beside a {{ in a value: no template, the key is reported', () => {
    const text = privilegedPod.replace('name: p', 'name: p-{{ .Values.x }}\n  name: p');
    const { resources, diagnostics } = loadText(text, 'pod.yaml');
    expect(resources.map((r) => r.name)).toEqual(['p']);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/duplicate-key']);
  });

  it('a Pod after a broken template document in the same file', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-x\n---\n${privilegedPod}`;
    const { resources, diagnostics } = loadText(text, 'mixed.yaml');
    expect(resources.map((r) => r.kind)).toEqual(['Pod']);
    // the template document's own YAML errors give way to the note
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([['input/not-a-manifest', 1]]);
  });
});

describe('what still counts as a Go/Helm template', () => {
  it('only the template document: a YAML error on the next document\'s first line is still reported', () => {
    const text = 'metadata:\n  name: {{ .Release.Name }}-x\n---\nkind: Pod: x\n';
    const { diagnostics } = loadText(text, 'mixed.yaml');
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([['input/not-a-manifest', 1], ['yaml/syntax', 4]]);
  });


  it.each([
    ['an action as a value', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "x.fullname" . }}\n'],
    ['an action after text on a value', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}-svc\n'],
    ['control actions on their own lines', '{{- if .Values.enabled }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\n{{- end }}\n'],
  ])('%s: skipped with one note, no YAML errors', (_label, text) => {
    const { resources, diagnostics } = loadText(text, 'svc.yaml');
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['input/not-a-manifest', 'info']]);
  });

  it('not a broken document whose {{ is only in comments: its YAML errors are reported', () => {
    const { diagnostics } = loadText('# {{ .Values.x }}\napiVersion: v1\nkind: Pod\nmetadata:\n  name: "p\n', 'p.yaml');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/syntax']);
  });

  it('refuses a collection used as a mapping key, as kubectl does, outside templates too', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  ? [a, b]\n  : c\n', 'c.yaml');
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([['yaml/syntax', 5]]);
  });

  describe('in a chart', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drydock-chart-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    mkdirSync(path.join(dir, 'chart/templates/sub'), { recursive: true });
    mkdirSync(path.join(dir, 'plain/templates'), { recursive: true });
    writeFileSync(path.join(dir, 'chart/Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 1.0.0\n');
    const quotedOnly = privilegedPod.replace('name: p', 'name: "{{ .Release.Name }}"');

    it('a file under its templates/ folder with a {{ is skipped even when it loads', () => {
      for (const file of ['chart/templates/pod.yaml', 'chart/templates/sub/pod.yaml']) {
        const { resources, diagnostics } = loadText(quotedOnly, path.join(dir, file));
        expect(resources).toEqual([]);
        expect(notes(diagnostics)).toHaveLength(1);
      }
    });

    it('a templates/ file without any {{ renders to itself, so it is checked', () => {
      expect(loadText(privilegedPod, path.join(dir, 'chart/templates/pod.yaml')).resources).toHaveLength(1);
    });

    it('a templates/ folder without a Chart.yaml beside it is no chart', () => {
      expect(loadText(quotedOnly, path.join(dir, 'plain/templates/pod.yaml')).resources).toHaveLength(1);
    });
  });
});

describe('a file name never skips a document with apiVersion and kind', () => {
  it.each(['values.yaml', 'values-prod.yaml', 'Chart.yaml', 'kustomization.yaml', 'Kustomization.yml'])('%s holding a Pod is checked', (file) => {
    const { resources, diagnostics } = loadText(privilegedPod, file);
    expect(resources.map((r) => r.kind)).toEqual(['Pod']);
    expect(diagnostics).toEqual([]);
  });

  it('a Flux Kustomization (a custom resource) in kustomization.yaml is checked', () => {
    const text = 'apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps}\nspec: {path: ./apps}\n';
    expect(loadText(text, 'kustomization.yaml').resources).toHaveLength(1);
  });

  it.each([
    ['kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n'],
    ['anything.yaml', 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [a.yaml]\n'],
    ['kustomization.yml', 'kind: Kustomization\nresources: [a.yaml]\n'],
    ['Chart.yaml', 'apiVersion: v2\nname: c\nversion: 1.0.0\n'],
    ['values.yaml', 'image: {repository: nginx}\nmetadata: {}\n'],
  ])('%s that is no Kubernetes object is still skipped with the note', (file, text) => {
    const { resources, diagnostics } = loadText(text, file);
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['input/not-a-manifest']);
  });
});

describe('an alias without its anchor', () => {
  it('is reported as an unknown alias at the alias, not as an alias bomb', () => {
    const { diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: *nosuch\n', 'c.yaml');
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column])).toEqual([['yaml/unknown-alias', 5, 6]]);
    expect(itemAt(diagnostics, 0).message).not.toContain('nosuch');
  });
});

describe('the template scan on hostile text', () => {
  it('takes linear time on a long commented line of {{ (generous margin)', () => {
    const text = `# ${'{{'.repeat(2_000_000)}\n${privilegedPod}`;
    const started = performance.now();
    const { resources } = loadText(text, 'pod.yaml');
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(resources).toHaveLength(1);
  });
});
