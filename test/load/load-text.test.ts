import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { firstItems, itemAt } from '../helpers/item-at.js';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: "3"
  template:
    spec:
      containers:
        - name: web
          image: nginx
`;

describe('loadText', () => {
  it('reads YAML 1.1 booleans, octal numbers and merge keys the way kubectl does', () => {
    const { resources } = loadText(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  enabled: yes\n  mode: 0755\n  base: &b {x: 1}\n  merged:\n    <<: *b\n    y: 2\n',
      'c.yaml',
    );
    expect(itemAt(resources, 0).object.data).toEqual({ enabled: true, mode: 493, base: { x: 1 }, merged: { x: 1, true: 2 } });
  });

  it('keeps timestamps as strings', () => {
    const { resources } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  creationTimestamp: 2020-01-02T03:04:05Z\n', 'c.yaml');
    expect((itemAt(resources, 0).object.metadata as Record<string, unknown>).creationTimestamp).toBe('2020-01-02T03:04:05Z');
  });

  it('points at a scalar value, and at the key of a collection', () => {
    const [resource] = firstItems(loadText(deployment, 'd.yaml').resources, 1);
    expect(resource.rangeOf(['spec', 'replicas'])).toEqual({ file: 'd.yaml', start: { line: 7, column: 13 }, end: { line: 7, column: 16 } });
    expect(resource.rangeOf(['spec', 'replicas'], 'key').start).toEqual({ line: 7, column: 3 });
    expect(resource.rangeOf(['spec', 'template']).start).toEqual({ line: 8, column: 3 });
    expect(resource.rangeOf(['spec', 'template', 'spec', 'containers', 0]).start).toEqual({ line: 11, column: 11 });
    expect(resource.rangeOf(['spec', 'template', 'spec', 'containers', 0]).end).toEqual({ line: 11, column: 20 });
  });

  it('falls back to the nearest existing parent for a missing path', () => {
    const [resource] = firstItems(loadText(deployment, 'd.yaml').resources, 1);
    expect(resource.rangeOf(['spec', 'selector', 'matchLabels']).start).toEqual({ line: 6, column: 1 });
    expect(resource.rangeOf(['spec', 'template', 'spec', 'containers', 0, 'readinessProbe']).start).toEqual({ line: 11, column: 11 });
  });

  it('does not count the carriage return of CRLF line endings', () => {
    const [resource] = firstItems(loadText(deployment.replace(/\n/g, '\r\n'), 'd.yaml').resources, 1);
    expect(resource.rangeOf(['spec', 'replicas'])).toEqual({ file: 'd.yaml', start: { line: 7, column: 13 }, end: { line: 7, column: 16 } });
    expect(resource.rangeOf(['metadata']).end).toEqual({ line: 3, column: 9 });
  });

  it('reads every document of a stream and ignores empty ones', () => {
    const text = '# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n';
    const { resources } = loadText(text, 'n.yaml');
    expect(resources.map((r) => r.name)).toEqual(['a', 'b']);
    expect(itemAt(resources, 1).rangeOf(['metadata', 'name']).start).toEqual({ line: 11, column: 9 });
  });

  it('expands List kinds, each item keeping its own positions', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata: {name: a}\n- apiVersion: rbac.authorization.k8s.io/v1\n  kind: Role\n  metadata:\n    name: r\n';
    const { resources } = loadText(text, 'l.yaml');
    expect(resources.map((r) => `${r.kind}/${r.name}`)).toEqual(['Namespace/a', 'Role/r']);
    expect(itemAt(resources, 1).source).toEqual({ file: 'l.yaml', documentIndex: 0, itemIndex: 1 });
    expect(itemAt(resources, 1).rangeOf(['metadata', 'name']).start).toEqual({ line: 10, column: 11 });
  });

  it('reads JSON manifests, with positions', () => {
    const text = '{\n  "apiVersion": "v1",\n  "kind": "Service",\n  "metadata": {"name": "s"},\n  "spec": {"ports": [{"port": "80"}]}\n}\n';
    const [resource] = firstItems(loadText(text, 's.json').resources, 1);
    expect(resource.kind).toBe('Service');
    expect(resource.rangeOf(['spec', 'ports', 0, 'port']).start).toEqual({ line: 5, column: 31 });
  });

  it('reports broken JSON with its position', () => {
    const { diagnostics } = loadText('{\n  "kind": "Service",\n  "metadata": {"name": }\n}\n', 's.json');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'error' });
    expect(itemAt(diagnostics, 0).message).toMatch(/JSON/);
  });
});

describe('YAML problems', () => {
  it('reports a duplicate key at the repeated key and keeps the last value', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: "1"\n  a: "2"\n', 'c.yaml');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/duplicate-key', range: { start: { line: 6, column: 3 } } });
    expect(itemAt(resources, 0).object.data).toEqual({ a: '2' });
  });

  it('reports tab indentation', () => {
    const { diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: c\n', 'c.yaml');
    expect(diagnostics.map((d) => d.ruleId)).toContain('yaml/tab-indent');
    expect(itemAt(diagnostics, 0).range.start.line).toBe(4);
  });

  it('allows tabs inside block scalars', () => {
    const { diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  zone: |\n    a\tb\n', 'c.yaml');
    expect(diagnostics).toEqual([]);
  });

  it('reports a syntax error and still reads the other documents', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nkind: [oops\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n', 'n.yaml');
    expect(resources.map((r) => r.name)).toEqual(['a', 'b']);
    expect(diagnostics.some((d) => d.ruleId.startsWith('yaml/') && d.range.start.line >= 5)).toBe(true);
  });

  it('refuses an alias bomb quickly', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = Date.now();
    const { resources, diagnostics } = loadText(`${bomb.join('\n')}\n`, 'bomb.yaml');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/alias-limit']);
  });

  it('refuses documents nested too deeply', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`;
    const { diagnostics } = loadText(deep, 'deep.yaml');
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/too-deep']);
  });

  it('reports a document that is not an object', () => {
    const { diagnostics } = loadText('- a\n- b\n', 'list.yaml');
    expect(diagnostics[0]).toMatchObject({ ruleId: 'yaml/not-an-object', severity: 'error' });
  });
});

describe('files that are not manifests', () => {
  it.each([
    ['kind.yaml', 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n- role: control-plane\n'],
    ['kustomization.yaml', 'resources:\n- deployment.yaml\n'],
    ['docker-compose.yml', 'services:\n  web:\n    image: nginx\n'],
    ['values.yaml', 'replicaCount: 1\n'],
  ])('%s gets an info note, not an error', (file, text) => {
    const { resources, diagnostics } = loadText(text, file);
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['input/not-a-manifest', 'info']]);
  });

  it('skips Helm templates without parsing them', () => {
    const { diagnostics } = loadText('apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "x.fullname" . }}\n', 'templates/svc.yaml');
    expect(diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['input/not-a-manifest', 'info']]);
  });

  it('keeps Prometheus templates inside strings', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  summary: "{{ $labels.instance }} is down"\n', 'c.yaml');
    expect(diagnostics).toEqual([]);
    expect(resources).toHaveLength(1);
  });

  it('still reports YAML errors in a kind cluster config', () => {
    const text = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnodes:\n  role: control-plane\n  role: worker\n';
    const { diagnostics } = loadText(text, 'kind.yaml');
    expect(diagnostics.map((d) => [d.ruleId, d.range.start.line])).toEqual([['yaml/duplicate-key', 5], ['input/not-a-manifest', 1]]);
  });

  it('reports a merge key whose value is not a mapping, with or without an alias', () => {
    const viaAlias = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, annotations: {a: &s text}}\ndata:\n  <<: *s\n';
    const plain = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: y\n  <<: [1, 2]\n';
    for (const [text, line] of [[viaAlias, 5], [plain, 6]] as const) {
      const { diagnostics, resources } = loadText(text, 'm.yaml');
      expect(resources).toEqual([]);
      expect(diagnostics.map((d) => [d.ruleId, d.range.start])).toEqual([['yaml/syntax', { line, column: 3 }]]);
    }
  });

  it('reports at most 100 YAML problems per file, then says how many more there are', () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  x: ${'a: '.repeat(2000)}\n`;
    const { diagnostics } = loadText(text, 'many.yaml');
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100]).toMatchObject({ ruleId: 'yaml/syntax', severity: 'info' });
    expect(itemAt(diagnostics, 100).message).toMatch(/^\d+ more YAML problems in this file are not shown$/);
  });
});

describe('self-referring aliases', () => {
  it('are refused, not followed forever (found by the fuzzer)', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nself: &x [*x]\n', 'c.yaml');
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/alias-limit']);
  });

  it('are refused when the anchor name starts with & (found by the fuzzer)', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: Service\nmetadata: {name: s}\nself: && [*&]\n', 's.yaml');
    expect(resources).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['yaml/alias-limit']);
  });

  it('still accept aliases shared without a cycle', () => {
    const { resources, diagnostics } = loadText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: &d {a: "1"}\nextra: [*d, *d]\n', 'c.yaml');
    expect(diagnostics).toEqual([]);
    expect(resources).toHaveLength(1);
  });
});
