import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { supportedKubernetesVersions } from '../../src/resources/index.js';

const repo = resolve(import.meta.dirname, '..', '..');
const schemas = join(repo, 'schemas');
const specs = resolve(repo, '..', 'shared', 'k8s-openapi');
const temp = mkdtempSync(join(tmpdir(), 'drydock-schemas-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function build(args: string[]): void {
  execFileSync(process.execPath, [join(repo, 'scripts', 'build-schemas.mjs'), ...args], { stdio: 'pipe' });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

describe('the committed schemas/ folder', () => {
  it('stays under 5 MB for all versions', () => {
    const bytes = filesUnder(schemas).reduce((sum, f) => sum + statSync(join(schemas, f)).size, 0);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('lists every supported Kubernetes version', () => {
    const index = JSON.parse(readFileSync(join(schemas, 'index.json'), 'utf8')) as { versions: string[] };
    expect(index.versions).toEqual([...supportedKubernetesVersions]);
  });

  it.skipIf(!existsSync(specs))('is what the build script writes now, byte for byte', () => {
    const out = join(temp, 'rebuilt');
    build(['--specs', specs, '--out', out]);
    // schemas/ also holds hand-written schemas (cluster-file.schema.json); the script owns the rest
    const generated = filesUnder(schemas).filter((f) => f !== 'cluster-file.schema.json');
    expect(filesUnder(out)).toEqual(generated);
    for (const file of filesUnder(out)) {
      expect(readFileSync(join(out, file)).equals(readFileSync(join(schemas, file))), file).toBe(true);
    }
  });
});

describe('the build transform', () => {
  const spec = {
    definitions: {
      'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: 'string', format: 'int-or-string', description: 'x' },
      'io.k8s.apimachinery.pkg.api.resource.Quantity': { type: 'string', description: 'q' },
      'io.example.v1.Widget': {
        description: 'A widget.',
        type: 'object',
        required: ['spec'],
        properties: {
          apiVersion: { type: 'string' },
          kind: { type: 'string' },
          spec: { $ref: '#/definitions/io.example.v1.WidgetSpec', description: 'the spec' },
        },
        'x-kubernetes-group-version-kind': [{ group: 'example.io', version: 'v1', kind: 'Widget' }],
      },
      'io.example.v1.WidgetSpec': {
        type: 'object',
        properties: {
          port: { $ref: '#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString' },
          size: { $ref: '#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity' },
          extra: { type: 'object', properties: { a: { type: 'string' } }, 'x-kubernetes-preserve-unknown-fields': true },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
      },
    },
    paths: {
      '/apis/example.io/v1/namespaces/{namespace}/widgets': {
        post: { 'x-kubernetes-group-version-kind': { group: 'example.io', version: 'v1', kind: 'Widget' } },
      },
    },
  };
  const specDir = join(temp, 'specs');
  const out = join(temp, 'synthetic');

  it('turns the Kubernetes extensions into plain JSON Schema', () => {
    mkdirSync(specDir, { recursive: true });
    for (const version of supportedKubernetesVersions) writeFileSync(join(specDir, `v${version}.json`), JSON.stringify(spec));
    build(['--specs', specDir, '--out', out]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.kinds['example.io/v1/Widget']).toEqual({
      definition: 'io.example.v1.Widget', scope: 'Namespaced', versions: [...supportedKubernetesVersions],
    });
    const pkg = JSON.parse(readFileSync(join(out, 'definitions', 'io.example.v1.json'), 'utf8'));
    // one variant shared by all nine versions
    expect(pkg.Widget).toEqual([[[...supportedKubernetesVersions], {
      type: 'object', required: ['spec'], additionalProperties: false,
      properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, spec: { $ref: 'io.example.v1.WidgetSpec' } },
    }]]);
    const widgetSpec = pkg.WidgetSpec[0][1];
    expect(widgetSpec.additionalProperties).toBe(false);
    expect(widgetSpec.properties.extra).toEqual({ type: 'object', properties: { a: { type: 'string' } } });
    expect(widgetSpec.properties.labels).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    const intstr = JSON.parse(readFileSync(join(out, 'definitions', 'io.k8s.apimachinery.pkg.util.intstr.json'), 'utf8'));
    expect(intstr.IntOrString[0][1]).toEqual({ type: ['integer', 'string'] });
    const quantity = JSON.parse(readFileSync(join(out, 'definitions', 'io.k8s.apimachinery.pkg.api.resource.json'), 'utf8'));
    expect(quantity.Quantity[0][1]).toEqual({ type: ['string', 'number'] });
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/generated/);
  });
});
