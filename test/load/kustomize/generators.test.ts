import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../../src/load/index.js';
import { nameHash, runGenerators } from '../../../src/load/kustomize/generators/index.js';
import { parseKustomizeOutput } from '../../helpers/kubectl-kustomize.js';
import { repoRoot } from '../../helpers/shared.js';
import { firstItems, itemAt } from '../../helpers/item-at.js';

const dir = '/repo/app';
const kustomizationFile = path.join(dir, 'kustomization.yaml');

/** Runs the generators of `kustomization` (YAML text) over in-memory files of `dir`. */
function generate(kustomization: string, files: Record<string, string | Uint8Array> = {}, options: { bytes?: boolean } = { bytes: true }) {
  const [document] = firstItems(loadText(`apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${kustomization}`, kustomizationFile, 'yaml', { keepNonManifests: true }).resources, 1);
  const content = (file: string) => files[path.relative(dir, file)];
  const result = runGenerators({
    kustomization: document.object,
    dir,
    kustomizationFile,
    readText: (file) => {
      const value = content(file);
      return value === undefined ? undefined : typeof value === 'string' ? value : Buffer.from(value).toString('utf8');
    },
    ...(options.bytes ? { readBytes: (file: string) => {
      const value = content(file);
      return value === undefined ? undefined : typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
    } } : {}),
    rangeOf: (jsonPath, target) => document.rangeOf(jsonPath, target),
  });
  return { ...result, byName: (name: string) => result.objects.find((item) => (item.object.metadata as { name: string }).name === name)! };
}

/** The name `kubectl kustomize` prints: the generator's name and its hash suffix. */
function builtName(generated: { object: Record<string, unknown>; hashSuffix: boolean }): string {
  const name = (generated.object.metadata as { name: string }).name;
  return generated.hashSuffix ? `${name}-${nameHash(generated.object)}` : name;
}

const at = (line: number, column: number, endColumn: number, file = kustomizationFile) => ({ file, start: { line, column }, end: { line, column: endColumn } });

// Lines 3.. of the kustomization below (two header lines come first). The expected names were
// printed by `kubectl kustomize` (kustomize v5.5.0) for the same folder.
const everyKind = `configMapGenerator:
- name: lit
  literals:
  - a=1
  - b="two"
  - c='x y'
  - d=<&>
  - e=
- name: files
  files:
  - greeting.txt
  - g2=greeting.txt
  - bin=bin.dat
- name: envs
  envs:
  - app.env
- name: empty
- name: opts
  namespace: ns1
  behavior: create
  literals: [k=v]
  options:
    disableNameSuffixHash: true
    labels: {l1: a}
    annotations: {an: b}
    immutable: true
secretGenerator:
- name: sec
  literals:
  - password=s3cr3t
  - long=${'a'.repeat(112)}
- name: tls
  type: kubernetes.io/tls
  files: [tls.crt=greeting.txt, tls.key=greeting.txt]
- name: esec
generatorOptions:
  labels: {g: glob}
`;
const everyKindFiles = {
  'app.env': 'A=1\n# c\n\n  B = x\nC\nD="q"\n',
  'greeting.txt': 'hello\nworld\n',
  'bin.dat': new Uint8Array([0x00, 0x01, 0xff, 0xfe]),
};

describe('runGenerators', () => {
  it('generates what kubectl kustomize generates, names and hashes included', () => {
    const { objects, diagnostics } = generate(everyKind, everyKindFiles);
    expect(diagnostics).toEqual([]);
    expect(objects.map(builtName)).toEqual([
      'lit-m4474h6627', 'files-km6dmhmdk8', 'envs-df4bf59k96', 'empty-6ct58987ht', 'opts',
      'sec-56885hc7fc', 'tls-4268gtfd4m', 'esec-46f8b28mk5',
    ]);
    const labels = { g: 'glob' };
    expect(objects.map((item) => item.object)).toEqual([
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lit', labels }, data: { a: '1', b: 'two', c: 'x y', d: '<&>', e: '' } },
      {
        apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'files', labels },
        data: { 'greeting.txt': 'hello\nworld\n', g2: 'hello\nworld\n' }, binaryData: { bin: 'AAH//g==' },
      },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'envs', labels }, data: { A: '1', 'B ': ' x', C: '', D: '"q"' } },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty', labels } },
      {
        apiVersion: 'v1', kind: 'ConfigMap', immutable: true, data: { k: 'v' },
        metadata: { name: 'opts', namespace: 'ns1', labels: { g: 'glob', l1: 'a' }, annotations: { an: 'b' } },
      },
      {
        apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'sec', labels },
        data: {
          password: 'czNjcjN0',
          long: 'YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYW\nFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh\nYWFhYWFhYQ==\n',
        },
      },
      { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: { name: 'tls', labels }, data: { 'tls.crt': 'aGVsbG8Kd29ybGQK', 'tls.key': 'aGVsbG8Kd29ybGQK' } },
      { apiVersion: 'v1', kind: 'Secret', type: 'Opaque', metadata: { name: 'esec', labels }, data: {} },
    ]);
    expect(objects.map((item) => [item.behavior, item.hashSuffix])).toEqual([
      ['create', true], ['create', true], ['create', true], ['create', true], ['create', false], ['create', true], ['create', true], ['create', true],
    ]);
  });

  it('reads env and envs, CRLF lines, and hashes escapes as Go 1.22+ writes them (kubectl: x-mcc4562cf2)', () => {
    const { objects, diagnostics } = generate('configMapGenerator:\n- name: x\n  env: a.env\n  envs: [b.env]\n  literals: ["q=\\"x\\b<\\u2028"]\n', {
      'a.env': 'A=1\n',
      'b.env': 'B=2\r\nlong\n',
    });
    // here kustomize kept the U+2028 (the \b makes go-yaml double-quote and escape it), but not always
    expect(diagnostics.map((d) => [d.ruleId, d.severity, d.range.start.line])).toEqual([['kustomize/literal-line-separator', 'warning', 7]]);
    expect(itemAt(objects, 0).object.data).toEqual({ A: '1', B: '2', long: '', q: '"x\b<\u2028' });
    expect(builtName(itemAt(objects, 0))).toBe('x-mcc4562cf2');
  });

  it('hashes the same whatever the name, as kustomize looks the name up at a path that never exists', () => {
    const { objects } = generate('configMapGenerator:\n- name: one\n  literals: [a=1]\n- name: two\n  literals: [a=1]\n');
    expect(nameHash(itemAt(objects, 0).object)).toBe(nameHash(itemAt(objects, 1).object));
  });

  it('passes behavior and disableNameSuffixHash on, a global true winning over a local false', () => {
    const { objects } = generate(
      'configMapGenerator:\n- {name: m, behavior: merge, options: {disableNameSuffixHash: false}}\n- {name: r, behavior: replace}\n- {name: u, behavior: bogus}\ngeneratorOptions:\n  disableNameSuffixHash: true\n',
    );
    expect(objects.map((item) => [item.behavior, item.hashSuffix])).toEqual([['merge', false], ['replace', false], ['create', false]]);
  });

  it('keeps a binary file as text when the caller gives only readText', () => {
    const { objects } = generate('configMapGenerator:\n- name: t\n  files: [a.txt]\n', { 'a.txt': 'plain' }, {});
    expect(itemAt(objects, 0).object.data).toEqual({ 'a.txt': 'plain' });
  });
});

describe('runGenerators on fixtures/kustomize/generators', () => {
  it('generates the objects kubectl kustomize printed (expected/generators.out)', () => {
    const folder = path.join(repoRoot, 'fixtures', 'kustomize', 'generators');
    const file = path.join(folder, 'kustomization.yaml');
    const [kustomization] = firstItems(loadText(readFileSync(file, 'utf8'), file, 'yaml', { keepNonManifests: true }).resources, 1);
    const read = (target: string) => {
      try {
        return readFileSync(target);
      } catch {
        return undefined;
      }
    };
    const { objects, diagnostics } = runGenerators({
      kustomization: kustomization.object,
      dir: folder,
      kustomizationFile: file,
      readText: (target) => read(target)?.toString('utf8'),
      readBytes: read,
      rangeOf: (jsonPath, target) => kustomization.rangeOf(jsonPath, target),
    });
    expect(diagnostics).toEqual([]);
    const built = objects.map((item) => ({ ...item.object, metadata: { ...(item.object.metadata as object), name: builtName(item) } }));
    const byName = (a: Record<string, unknown>, b: Record<string, unknown>) => ((a.metadata as { name: string }).name < (b.metadata as { name: string }).name ? -1 : 1);
    const expected = parseKustomizeOutput(readFileSync(path.join(repoRoot, 'fixtures', 'kustomize', 'expected', 'generators.out'), 'utf8'));
    expect(built.sort(byName)).toEqual(expected.sort(byName));
  });
});

describe('runGenerators positions', () => {
  const { byName } = generate(everyKind, everyKindFiles);
  const envFile = path.join(dir, 'app.env');

  it('places a literal key at its literal, narrowed to its key or value part', () => {
    const lit = byName('lit');
    expect(lit.rangeOf(['data', 'a'])).toEqual(at(6, 7, 8));
    expect(lit.rangeOf(['data', 'a'], 'key')).toEqual(at(6, 5, 6));
    // the quotes kustomize strips from the value are part of its range
    expect(lit.rangeOf(['data', 'b'])).toEqual(at(7, 7, 12));
    expect(lit.rangeOf(['metadata', 'name'])).toEqual(at(4, 9, 12));
  });

  it('places a file key at its files entry', () => {
    const files = byName('files');
    expect(files.rangeOf(['data', 'greeting.txt'])).toEqual(at(13, 5, 17));
    expect(files.rangeOf(['data', 'g2'], 'key')).toEqual(at(14, 5, 7));
    expect(files.rangeOf(['binaryData', 'bin'])).toEqual(at(15, 9, 16));
  });

  it('places an env key at its line of the env file', () => {
    const envs = byName('envs');
    expect(envs.rangeOf(['data', 'A'])).toEqual(at(1, 3, 4, envFile));
    expect(envs.rangeOf(['data', 'B '], 'key')).toEqual(at(4, 3, 5, envFile));
    expect(envs.rangeOf(['data', 'C'])).toEqual(at(5, 2, 2, envFile));
  });

  it('places labels, annotations, namespace, immutable and type where the kustomization set them', () => {
    const opts = byName('opts');
    expect(opts.rangeOf(['metadata', 'labels', 'g'])).toEqual(at(39, 15, 19));
    expect(opts.rangeOf(['metadata', 'labels', 'l1'])).toEqual(at(26, 18, 19));
    expect(opts.rangeOf(['metadata', 'namespace'])).toEqual(at(21, 14, 17));
    expect(opts.rangeOf(['immutable'])).toEqual(at(28, 16, 20));
    expect(byName('tls').rangeOf(['type'])).toEqual(at(35, 9, 26));
    expect(byName('empty').rangeOf(['kind'])).toEqual(byName('empty').rangeOf([]));
  });
});

describe('runGenerators errors', () => {
  const diagnosticsOf = (kustomization: string, files: Record<string, string> = {}) =>
    generate(kustomization, files).diagnostics.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, line: d.range.start.line, column: d.range.start.column }));

  it('reports a literal without = at its line, never quoting it', () => {
    const { objects, diagnostics } = generate('secretGenerator:\n- name: s\n  literals:\n  - ok=1\n  - hunter2\n');
    expect(objects).toEqual([]);
    expect(diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line, d.range.start.column])).toEqual([
      ['kustomize/invalid-literal', 'secretGenerator[0].literals[1] is not a key=value literal.', 7, 5],
    ]);
    expect(JSON.stringify(diagnostics)).not.toContain('hunter2');
  });

  it('reports a key given twice at its second place, and still generates the other generators', () => {
    const { objects, diagnostics } = generate('configMapGenerator:\n- name: dup\n  envs: [a.env]\n  literals: [a=1]\n- name: fine\n  literals: [b=2]\n', { 'a.env': 'x=1\na=2\n' });
    expect(objects.map((item) => builtName(item))).toEqual(['fine-fmbk44khfc']);
    expect(diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line, d.range.start.column])).toEqual([
      ['kustomize/duplicate-key', 'ConfigMap "dup" gets the key "a" twice; kustomize rejects a repeated key.', 6, 14],
    ]);
    const inEnv = itemAt(generate('configMapGenerator:\n- name: dup\n  envs: [a.env]\n', { 'a.env': 'a=1\n a=2\n' }).diagnostics, 0);
    expect(inEnv.range).toEqual(at(2, 2, 3, path.join(dir, 'a.env')));
  });

  it('reports missing files, bad file sources, a missing name, wrong types and unknown fields', () => {
    expect(diagnosticsOf('configMapGenerator:\n- name: f\n  files: [nope.txt, =a, b=, a=b=c]\n  envs: [gone.env]\n')).toEqual([
      { ruleId: 'kustomize/missing-file', severity: 'error', message: 'The file "gone.env" named by configMapGenerator[0].envs[0] cannot be read.', line: 6, column: 10 },
      { ruleId: 'kustomize/missing-file', severity: 'error', message: 'The file "nope.txt" named by configMapGenerator[0].files[0] cannot be read.', line: 5, column: 11 },
      { ruleId: 'kustomize/invalid-file-source', severity: 'error', message: 'configMapGenerator[0].files[1] has no key before its "=".', line: 5, column: 21 },
      { ruleId: 'kustomize/invalid-file-source', severity: 'error', message: 'configMapGenerator[0].files[2] has no file path after its "=".', line: 5, column: 25 },
      { ruleId: 'kustomize/invalid-file-source', severity: 'error', message: 'configMapGenerator[0].files[3] has more than one "=" (a key may not contain one).', line: 5, column: 29 },
    ]);
    expect(diagnosticsOf('configMapGenerator:\n- literals: [a=1]\n- name: n\n  literals: [5]\n  bogus: 1\n- name: o\n  options: {labels: {a: 1}}\nsecretGenerator: {}\n')).toEqual([
      { ruleId: 'kustomize/missing-name', severity: 'error', message: 'configMapGenerator[0] has no name, which kustomize requires to generate a ConfigMap.', line: 4, column: 3 },
      { ruleId: 'kustomize/unknown-field', severity: 'error', message: 'configMapGenerator[1] has an unknown field "bogus", which kustomize rejects.', line: 7, column: 3 },
      { ruleId: 'kustomize/invalid-field', severity: 'error', message: 'configMapGenerator[2].options.labels "a" must be a string.', line: 9, column: 25 },
      { ruleId: 'kustomize/invalid-field', severity: 'error', message: 'secretGenerator must be a list of generators.', line: 10, column: 1 },
    ]);
    // `n` is YAML 1.1's false, as kustomize reads it too ("cannot unmarshal bool into ... name")
    expect(diagnosticsOf('configMapGenerator:\n- name: n\n  literals: [5]\n')).toEqual([
      { ruleId: 'kustomize/invalid-field', severity: 'error', message: 'configMapGenerator[0].name must be a string.', line: 4, column: 9 },
      { ruleId: 'kustomize/invalid-field', severity: 'error', message: 'configMapGenerator[0].literals[0] must be a string.', line: 5, column: 14 },
    ]);
  });

  it('stops reading an env file at a line over 64 KiB, as kustomize does without a word (kubectl: l-89g4tffbfk)', () => {
    const env = (length: number) => `A=1\nB=${'x'.repeat(length - 2)}\nC=3\n`;
    const cut = generate('configMapGenerator:\n- name: l\n  envs: [long.env]\n', { 'long.env': env(65536) });
    expect(itemAt(cut.objects, 0).object.data).toEqual({ A: '1' });
    expect(builtName(itemAt(cut.objects, 0))).toBe('l-89g4tffbfk');
    expect(cut.diagnostics.map((d) => [d.ruleId, d.severity, d.range])).toEqual([['kustomize/env-line-too-long', 'warning', at(2, 1, 1, path.join(dir, 'long.env'))]]);
    const kept = generate('configMapGenerator:\n- name: l\n  envs: [long.env]\n', { 'long.env': env(65535) });
    expect(Object.keys(itemAt(kept.objects, 0).object.data as object)).toEqual(['A', 'B', 'C']);
    expect(kept.diagnostics).toEqual([]);
  });

  it('refuses an env file that is not UTF-8, and drops a byte order mark on its first line only (kubectl: e-99m2879mb7)', () => {
    const bad = generate('configMapGenerator:\n- name: e\n  envs: [bad.env]\n', { 'bad.env': new Uint8Array([0x41, 0x3d, 0xff, 0x0a]) });
    expect(bad.diagnostics.map((d) => [d.ruleId, d.message, d.range.start.line])).toEqual([
      ['kustomize/invalid-env-file', 'The env file "bad.env" is not UTF-8 text, which kustomize requires.', 5],
    ]);
    const bom = generate('configMapGenerator:\n- name: e\n  envs: [bom.env]\n', { 'bom.env': '\ufeffA=1\n\ufeffB=2\n' });
    expect(itemAt(bom.objects, 0).object.data).toEqual({ A: '1', '\ufeffB': '2' });
    expect(builtName(itemAt(bom.objects, 0))).toBe('e-99m2879mb7');
  });

  it('refuses what kustomize cannot write as YAML: DEL, C1 controls, U+FFFE/U+FFFF, and NEL in a key', () => {
    // kubectl: "builtin ConfigMapGenerator marshal: yaml: control characters are not allowed", and
    // for file content "...: yaml: control characters are not allowed"; a key with NEL: "did not find expected ',' or '}'"
    const rules = (kustomization: string, files: Record<string, string> = {}) => generate(kustomization, files).diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column]);
    expect(rules('configMapGenerator:\n- name: c\n  literals: ["a=\\x7f"]\n')).toEqual([['kustomize/unwritable-character', 5, 14]]);
    expect(rules('configMapGenerator:\n- name: c\n  files: [x.txt]\n', { 'x.txt': 'a\u0080b' })).toEqual([['kustomize/unwritable-character', 5, 11]]);
    expect(rules('configMapGenerator:\n- name: c\n  envs: [x.env]\n', { 'x.env': 'X\u0085=1\n' })).toEqual([['kustomize/unwritable-character', 1, 1]]);
    expect(rules('configMapGenerator:\n- name: c\n  options: {labels: {a: "\\x7f"}}\n')).toEqual([['kustomize/unwritable-character', 5, 25]]);
    expect(rules('configMapGenerator:\n- name: c\n  files: [x.txt]\n', { 'x.txt': 'a\u0085b\uffe0' })).toEqual([]);
    // a Secret's values are base64 by the time kustomize writes YAML (kubectl: c-468gm528df)
    const secret = generate('secretGenerator:\n- name: c\n  envs: [del.env]\n', { 'del.env': 'E=a\u007fb\n' });
    expect(secret.diagnostics).toEqual([]);
    expect(builtName(itemAt(secret.objects, 0))).toBe('c-468gm528df');
  });

  it('refuses a file over 1 MiB, the most a ConfigMap holds', () => {
    expect(diagnosticsOf('configMapGenerator:\n- name: big\n  files: [big.txt]\n', { 'big.txt': 'x'.repeat(1024 * 1024 + 1) })).toEqual([
      { ruleId: 'kustomize/file-too-large', severity: 'error', message: 'The file "big.txt" named by configMapGenerator[0].files[0] is larger than 1 MiB, the most a ConfigMap or Secret can hold.', line: 5, column: 11 },
    ]);
  });
});

describe('runGenerators on hostile input', () => {
  it('turns every shape of a generator into objects or diagnostics, never an exception', () => {
    const shapes = [
      'configMapGenerator: [1, "x", [], null, {name: [a]}, {name: a, options: []}, {name: b, options: {labels: [x]}}]',
      'configMapGenerator: [{name: a, literals: "a=1"}, {name: b, files: {a: b}}, {name: c, envs: [[x]]}, {name: d, env: [x]}]',
      'secretGenerator: [{name: s, type: [x]}, {name: t, behavior: 5}]\ngeneratorOptions: [x]',
      'configMapGenerator: [{name: a, literals: [a=1], options: {labels: {constructor: x, __proto__: y}}}]',
    ];
    for (const shape of shapes) {
      const { objects, diagnostics } = generate(`${shape}\n`);
      for (const item of objects) expect(item.rangeOf(['metadata', 'labels', 'constructor']).file).toBe(kustomizationFile);
      expect(objects.length + diagnostics.length, shape).toBeGreaterThan(0);
    }
  });

  it('takes the key of a file path with 100,000 slashes in linear time', () => {
    const started = performance.now();
    const { diagnostics } = generate(`configMapGenerator:\n- name: a\n  files: ["${'/'.repeat(100_000)}x"]\n`);
    expect(diagnostics.map((d) => d.ruleId)).toEqual(['kustomize/missing-file']);
    // a backtracking trim takes minutes here
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
