import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/index.js';
import { runKey } from '../src/result-cache.js';
import { validate } from '../src/run-validate.js';
import type { Diagnostic } from '../src/resources/index.js';
import { repoRoot } from './helpers/shared.js';

const crd = (maxReplicas: number) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets, singular: widget, listKind: WidgetList}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              properties:
                replicas: {type: integer, maximum: ${maxReplicas}}
`;
const widget = 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  replicas: 5\n';
const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: "1"\n`;
// removed in 1.32: an error on the newest version, fine on 1.28
const flowSchema = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: PriorityLevelConfiguration\nmetadata:\n  name: p\nspec:\n  type: Exempt\n';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'drydock-cache-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Plants a finding in every cached entry: a run that shows it reused the cache without checking. */
function plant(cacheFile: string): void {
  const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { files: Record<string, [string, Diagnostic[]]> };
  for (const [file, entry] of Object.entries(data.files)) {
    const name = path.basename(file);
    entry[1].push({ ruleId: 'planted', severity: 'warning', message: 'from the cache', range: { file: name, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
  }
  writeFileSync(cacheFile, JSON.stringify(data));
}

const planted = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.ruleId === 'planted').map((d) => d.range.file).sort();
const strip = (diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics.filter((d) => d.ruleId !== 'planted'))) as unknown;

describe('the result cache', () => {
  it('never changes the results (the fixtures, with and without a cache, twice)', async () => {
    const cacheLocation = path.join(mkdtempSync(path.join(tmpdir(), 'drydock-cache-')), 'cache.json');
    const plain = await validate({ paths: ['fixtures'], cwd: repoRoot, keepResources: false });
    const first = await validate({ paths: ['fixtures'], cwd: repoRoot, cache: true, cacheLocation });
    const second = await validate({ paths: ['fixtures'], cwd: repoRoot, cache: true, cacheLocation });
    expect(plain.diagnostics.length).toBeGreaterThan(20);
    for (const run of [first, second]) {
      expect(run.files).toEqual(plain.files);
      expect(strip(run.diagnostics)).toEqual(strip(plain.diagnostics));
    }
  });

  it('reuses unchanged files, and checks again only the file whose content changed', async () => {
    const dir = project({ 'a.yaml': configMap('a'), 'b.yaml': configMap('b'), 'c.yaml': configMap('c') });
    const options = { paths: ['.'], cwd: dir, cache: true };
    expect((await validate(options)).diagnostics).toEqual([]);
    plant(path.join(dir, '.drydockcache'));
    expect(planted((await validate(options)).diagnostics)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    writeFileSync(path.join(dir, 'b.yaml'), configMap('Bad_Name'));
    const edited = await validate(options);
    expect(planted(edited.diagnostics)).toEqual(['a.yaml', 'c.yaml']);
    expect(edited.diagnostics.filter((d) => d.ruleId !== 'planted').map((d) => d.range.file)).toEqual(['b.yaml']);
  });

  it('starts afresh when the Kubernetes version or the config changes', async () => {
    const dir = project({ 'flow.yaml': flowSchema, 'cm.yaml': configMap('a') });
    const cacheFile = path.join(dir, '.drydockcache');
    expect((await validate({ paths: ['.'], cwd: dir, cache: true })).diagnostics).toHaveLength(1);
    plant(cacheFile);
    const older = await validate({ paths: ['.'], cwd: dir, cache: true, kubernetesVersion: '1.28' });
    expect(older.diagnostics).toEqual([]);
    plant(cacheFile);
    writeFileSync(path.join(dir, '.drydock.yaml'), 'kubernetesVersion: "1.36"\n');
    const configured = await validate({ paths: ['.'], cwd: dir, cache: true });
    expect(planted(configured.diagnostics)).toEqual([]);
    expect(configured.diagnostics).toHaveLength(1);
  });

  it('checks every file again when a CRD of the input changes', async () => {
    const dir = project({ 'crd.yaml': crd(10), 'widget.yaml': widget });
    const options = { paths: ['.'], cwd: dir, cache: true };
    expect((await validate(options)).diagnostics).toEqual([]);
    plant(path.join(dir, '.drydockcache'));
    expect(planted((await validate(options)).diagnostics)).toEqual(['crd.yaml', 'widget.yaml']);
    writeFileSync(path.join(dir, 'crd.yaml'), crd(3));
    const tightened = await validate(options);
    expect(planted(tightened.diagnostics)).toEqual([]);
    expect(tightened.diagnostics.map((d) => `${d.range.file} ${d.ruleId}`)).toEqual(['widget.yaml schema']);
  });

  it('keys runs by drydock version, config, Kubernetes version and CRDs', () => {
    const parts = { cwd: '/p', config: defaultConfig('/p'), kubernetesVersion: '1.36' as const, schemaDirs: [], crdFiles: [] as [string, string][], version: '1.0.0' };
    const key = runKey(parts);
    expect(runKey({ ...parts })).toBe(key);
    expect(runKey({ ...parts, version: '1.0.1' })).not.toBe(key);
    expect(runKey({ ...parts, kubernetesVersion: '1.30' as const })).not.toBe(key);
    expect(runKey({ ...parts, config: { ...parts.config, namespace: 'other' } })).not.toBe(key);
    const withCrd = runKey({ ...parts, crdFiles: [['/p/crd.yaml', 'hash-1']] });
    expect(withCrd).not.toBe(key);
    expect(runKey({ ...parts, crdFiles: [['/p/crd.yaml', 'hash-2']] })).not.toBe(withCrd);
    expect(runKey({ ...parts, crdFiles: [['/p/moved/crd.yaml', 'hash-1']] })).not.toBe(withCrd);
  });

  it('ignores a corrupt cache, and refuses to be combined with keepResources', async () => {
    const dir = project({ 'a.yaml': configMap('Bad_Name'), '.drydockcache': '{not json' });
    expect((await validate({ paths: ['.'], cwd: dir, cache: true })).diagnostics).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, '.drydockcache'), 'utf8'))).toMatchObject({ format: 2 });
    await expect(validate({ paths: ['.'], cwd: dir, cache: true, keepResources: true })).rejects.toMatchObject({ code: 'usage' });
  });
});
