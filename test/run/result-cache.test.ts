import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheLocation } from '../../src/run/cache-home.js';
import { defaultConfig } from '../../src/config/index.js';
import { runKey } from '../../src/run/result-cache.js';
import { validate } from '../../src/run/run-validate.js';
import type { Diagnostic } from '../../src/resources/index.js';
import { repoRoot } from '../helpers/shared.js';

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

/** A project's cache options: the per-user folder (secret and default cache) outside the project. */
function cacheOf(dir: string): { cache: true; cacheDir: string; file: string } {
  const cacheDir = path.join(`${dir}-home`, 'drydock');
  return { cache: true, cacheDir, file: defaultCacheLocation(cacheDir, dir) };
}

type CacheData = { files: Record<string, [string, Diagnostic[]]> };

/** Rewrites a cache file's payload; signed with the user's secret when `cacheDir` is given, else left unsigned (forged). */
function rewrite(cacheFile: string, change: (data: CacheData) => void, cacheDir?: string): void {
  const text = readFileSync(cacheFile, 'utf8');
  const newline = text.indexOf('\n');
  const data = JSON.parse(text.slice(newline + 1)) as CacheData;
  change(data);
  const payload = JSON.stringify(data);
  const mac = cacheDir === undefined ? text.slice(0, newline).split(' ')[2] : createHmac('sha256', readFileSync(path.join(cacheDir, 'secret'))).update(payload).digest('hex');
  writeFileSync(cacheFile, `drydock-cache 3 ${mac}\n${payload}`);
}

/** Plants a finding in every cached entry, signed as drydock would: a run that shows it reused the cache without checking. */
function plant(cacheFile: string, cacheDir: string): void {
  rewrite(cacheFile, (data) => {
    for (const [file, entry] of Object.entries(data.files)) {
      const name = path.basename(file);
      entry[1].push({ ruleId: 'planted', severity: 'warning', message: 'from the cache', range: { file: name, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });
    }
  }, cacheDir);
}

const planted = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.ruleId === 'planted').map((d) => d.range.file).sort();
const strip = (diagnostics: Diagnostic[]) => JSON.parse(JSON.stringify(diagnostics.filter((d) => d.ruleId !== 'planted'))) as unknown;

describe('the result cache', () => {
  it('never changes the results (the fixtures, with and without a cache, twice)', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'drydock-cache-'));
    const cacheLocation = path.join(home, 'cache.json');
    const plain = await validate({ paths: ['fixtures'], cwd: repoRoot, keepResources: false });
    const first = await validate({ paths: ['fixtures'], cwd: repoRoot, cache: true, cacheLocation, cacheDir: home });
    const second = await validate({ paths: ['fixtures'], cwd: repoRoot, cache: true, cacheLocation, cacheDir: home });
    expect(plain.diagnostics.length).toBeGreaterThan(20);
    for (const run of [first, second]) {
      expect(run.files).toEqual(plain.files);
      expect(strip(run.diagnostics)).toEqual(strip(plain.diagnostics));
    }
  });

  it('reuses unchanged files, and checks again only the file whose content changed', async () => {
    const dir = project({ 'a.yaml': configMap('a'), 'b.yaml': configMap('b'), 'c.yaml': configMap('c') });
    const { file, ...cache } = cacheOf(dir);
    const options = { paths: ['.'], cwd: dir, ...cache };
    expect((await validate(options)).diagnostics).toEqual([]);
    plant(file, cache.cacheDir);
    expect(planted((await validate(options)).diagnostics)).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    writeFileSync(path.join(dir, 'b.yaml'), configMap('Bad_Name'));
    const edited = await validate(options);
    expect(planted(edited.diagnostics)).toEqual(['a.yaml', 'c.yaml']);
    expect(edited.diagnostics.filter((d) => d.ruleId !== 'planted').map((d) => d.range.file)).toEqual(['b.yaml']);
  });

  it('starts afresh when the Kubernetes version or the config changes', async () => {
    const dir = project({ 'flow.yaml': flowSchema, 'cm.yaml': configMap('a') });
    const { file: cacheFile, ...cache } = cacheOf(dir);
    expect((await validate({ paths: ['.'], cwd: dir, ...cache })).diagnostics).toHaveLength(1);
    plant(cacheFile, cache.cacheDir);
    const older = await validate({ paths: ['.'], cwd: dir, ...cache, kubernetesVersion: '1.28' });
    expect(older.diagnostics).toEqual([]);
    plant(cacheFile, cache.cacheDir);
    writeFileSync(path.join(dir, '.drydock.yaml'), 'kubernetesVersion: "1.36"\n');
    const configured = await validate({ paths: ['.'], cwd: dir, ...cache });
    expect(planted(configured.diagnostics)).toEqual([]);
    expect(configured.diagnostics).toHaveLength(1);
  });

  it('checks every file again when a CRD of the input changes', async () => {
    const dir = project({ 'crd.yaml': crd(10), 'widget.yaml': widget });
    const { file, ...cache } = cacheOf(dir);
    const options = { paths: ['.'], cwd: dir, ...cache };
    expect((await validate(options)).diagnostics).toEqual([]);
    plant(file, cache.cacheDir);
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
    const dir = project({ 'a.yaml': configMap('Bad_Name'), 'cache': '{not json' });
    const { cacheDir } = cacheOf(dir);
    const options = { paths: ['a.yaml'], cwd: dir, cache: true, cacheDir, cacheLocation: 'cache' };
    expect((await validate(options)).diagnostics).toHaveLength(1);
    expect(readFileSync(path.join(dir, 'cache'), 'utf8')).toMatch(/^drydock-cache 3 [0-9a-f]{64}\n\{/);
    await expect(validate({ ...options, keepResources: true })).rejects.toMatchObject({ code: 'usage' });
  });

  it('keeps the cache outside the checkout by default: one file per folder in the user cache folder', async () => {
    const dir = project({ 'a.yaml': configMap('a') });
    const { file, ...cache } = cacheOf(dir);
    await validate({ paths: ['.'], cwd: dir, ...cache });
    expect(existsSync(file)).toBe(true);
    expect(path.relative(dir, file).startsWith('..')).toBe(true);
    expect(existsSync(path.join(dir, '.drydockcache'))).toBe(false);
    expect(defaultCacheLocation(cache.cacheDir, `${dir}/.`)).toBe(file);
    expect(defaultCacheLocation(cache.cacheDir, `${dir}-home`)).not.toBe(file);
  });

  it('ignores a forged cache with a note, and checks the files afresh', async () => {
    const dir = project({ 'bad.yaml': configMap('Bad_Name'), 'good.yaml': configMap('good') });
    const { file, ...cache } = cacheOf(dir);
    const notes: string[] = [];
    const options = { paths: ['.'], cwd: dir, ...cache, notify: (note: string) => notes.push(note) };
    expect((await validate(options)).diagnostics.map((d) => d.range.file)).toEqual(['bad.yaml']);
    // the attacker edits the results but cannot sign them without the user's secret
    rewrite(file, (data) => {
      for (const entry of Object.values(data.files)) entry[1] = [];
    });
    const forged = await validate(options);
    expect(forged.diagnostics.map((d) => d.range.file)).toEqual(['bad.yaml']);
    expect(notes).toEqual([expect.stringMatching(/^ignoring the cache .*: its signature does not match/)]);
    // nor can a cache signed with another secret (another user's or machine's) be slipped in
    const other = cacheOf(project({}));
    writeFileSync(file, readFileSync(file, 'utf8'));
    expect((await validate({ ...options, cacheDir: other.cacheDir, cacheLocation: file })).diagnostics.map((d) => d.range.file)).toEqual(['bad.yaml']);
    expect(notes).toHaveLength(2);
  });

  it('caches nothing, with a note, when the key cannot be kept', async () => {
    const dir = project({ 'a.yaml': configMap('Bad_Name'), 'not-a-folder': '' });
    const notes: string[] = [];
    const cacheDir = path.join(dir, 'not-a-folder', 'drydock');
    const run = await validate({ paths: ['a.yaml'], cwd: dir, cache: true, cacheDir, cacheLocation: 'cache', notify: (note) => notes.push(note) });
    expect(run.diagnostics).toHaveLength(1);
    expect(notes).toEqual([`not caching: cannot keep the cache's key in ${cacheDir}`]);
    expect(existsSync(path.join(dir, 'cache'))).toBe(false);
  });

  it('never reads a FIFO or folder planted at the cache location, nor writes through a link at its temporary name', async () => {
    const dir = project({ 'a.yaml': configMap('Bad_Name') });
    const { cacheDir } = cacheOf(dir);
    const options = { paths: ['a.yaml'], cwd: dir, cache: true, cacheDir };
    spawnSync('mkfifo', [path.join(dir, 'fifo')]);
    // reading a FIFO would wait for a writer forever; it is replaced by the new cache instead
    expect((await validate({ ...options, cacheLocation: 'fifo' })).diagnostics).toHaveLength(1);
    mkdirSync(path.join(dir, 'as-folder'));
    expect((await validate({ ...options, cacheLocation: 'as-folder' }).catch((error: unknown) => error))).toMatchObject({ code: 'output-unwritable' });
    const outside = path.join(`${dir}-home`, 'victim');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, path.join(dir, `cache.${process.pid}.tmp`));
    await expect(validate({ ...options, cacheLocation: 'cache' })).rejects.toMatchObject({ code: 'output-unwritable' });
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
  });
});
