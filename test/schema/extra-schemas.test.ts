import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMaxFileBytes } from '../../src/load/index.js';
import { DrydockError, ResourceSet } from '../../src/resources/index.js';
import { validate as runValidate } from '../../src/run/run-validate.js';
import { schemaFileNames } from '../../src/schema/extra-schemas.js';
import { createSchemaValidator, readSchemaFile } from '../helpers/create-schema-validator.js';
import { makeResource } from '../helpers/make-resource.js';
import { itemAt } from '../helpers/item-at.js';

const dir = mkdtempSync(join(tmpdir(), 'drydock-extra-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const strictSpec = (required: string) => JSON.stringify({
  $schema: 'http://json-schema.org/schema#',
  type: 'object',
  properties: { spec: { type: 'object', required: [required], properties: { [required]: { type: 'string' } }, additionalProperties: false } },
});
writeFileSync(join(dir, 'certificate-cert-manager-v1.json'), strictSpec('secretName'));
mkdirSync(join(dir, 'cert-manager.io'));
writeFileSync(join(dir, 'cert-manager.io', 'issuer_v1.json'), strictSpec('acme'));

function validate(yaml: string) {
  const resource = makeResource(yaml);
  return createSchemaValidator({ kubernetesVersion: '1.36', extraSchemas: { dirs: [dir], readFile: readSchemaFile } }, new ResourceSet([resource])).validate(resource);
}

describe('extra schema folders', () => {
  it('uses kubeconform names (first group label) and the CRDs-catalog layout', () => {
    expect(schemaFileNames('cert-manager.io/v1', 'Certificate')).toEqual([
      'certificate-cert-manager-v1.json', join('cert-manager.io', 'certificate_v1.json'),
    ]);
    expect(schemaFileNames('v1', 'Pod')).toEqual(['pod-v1.json']);
  });

  it('validates with a kubeconform-style file', () => {
    const ok = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: c}\nspec: {secretName: tls}\n';
    expect(validate(ok)).toEqual([]);
    const issues = validate(ok.replace('secretName: tls', 'secretname: tls'));
    expect(issues.map((i) => i.message)).toEqual([
      'spec.secretName: missing required field "secretName"',
      'spec.secretname: unknown field "secretname" (did you mean "secretName"?)',
    ]);
  });

  it('validates with a CRDs-catalog file', () => {
    expect(validate('apiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata: {name: i}\nspec: {}\n')[0])
      .toMatchObject({ messageId: 'missingField', path: ['spec', 'acme'] });
  });

  it('warns when no folder has the kind', () => {
    expect(itemAt(validate('apiVersion: cert-manager.io/v1\nkind: Order\nmetadata: {name: o}\n'), 0).ruleId).toBe('schema/unknown-kind');
  });

  it('does not let an extra schema revive a removed built-in API', () => {
    writeFileSync(join(dir, 'ingress-extensions-v1beta1.json'), '{}');
    expect(itemAt(validate('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: i}\n'), 0).ruleId).toBe('schema/api-not-served');
  });

  it('fails with a usage error when a folder is missing', () => {
    expect(() => createSchemaValidator({ kubernetesVersion: '1.36', extraSchemas: { dirs: [join(dir, 'nope')], readFile: readSchemaFile } }, new ResourceSet([])))
      .toThrow(DrydockError);
  });

  it('builds no file name from a kind, group or version with characters Kubernetes does not allow', () => {
    expect(schemaFileNames('example.com/v1', '../../x')).toEqual([]);
    expect(schemaFileNames('../../etc/v1', 'Widget')).toEqual([]);
    expect(schemaFileNames('example.com/v1/../..', 'Widget')).toEqual([]);
    expect(schemaFileNames('example.com/v1', 'Wid/get')).toEqual([]);
  });

  it('reads nothing outside the folder for a kind named ../../x', () => {
    // a schema two folders up, where `x-v1.json` would land if the kind were used as a path
    const parent = mkdtempSync(join(tmpdir(), 'drydock-extra-outside-'));
    try {
      const inner = join(parent, 'a', 'b');
      mkdirSync(inner, { recursive: true });
      writeFileSync(join(parent, 'x-example-v1.json'), strictSpec('trap'));
      const resource = makeResource('apiVersion: example.com/v1\nkind: ../../x\nmetadata: {name: w}\n');
      const issues = createSchemaValidator({ kubernetesVersion: '1.36', extraSchemas: { dirs: [inner], readFile: readSchemaFile } }, new ResourceSet([resource])).validate(resource);
      expect(issues.map((i) => i.ruleId)).toEqual(['schema/unknown-kind']);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  it('does not follow a link in the folder out of it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'drydock-extra-target-'));
    try {
      writeFileSync(join(outside, 'target.json'), strictSpec('trap'));
      symlinkSync(join(outside, 'target.json'), join(dir, 'gadget-example-v1.json'));
      expect(validate('apiVersion: example.com/v1\nkind: Gadget\nmetadata: {name: g}\nspec: {}\n').map((i) => i.ruleId)).toEqual(['schema/unknown-kind']);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('fails with a usage error naming a schema file that is not JSON, without quoting it', () => {
    writeFileSync(join(dir, 'broken-example-v1.json'), '{"type": "object", SECRET-TEXT');
    let error: unknown;
    try {
      validate('apiVersion: example.com/v1\nkind: Broken\nmetadata: {name: b}\n');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DrydockError);
    expect((error as DrydockError).code).toBe('path-unreadable');
    expect((error as DrydockError).message).toBe(`schema file ${join(dir, 'broken-example-v1.json')} is not valid JSON`);
  });

  it('refuses a schema file over the size limit of an input file, as a usage error, without reading it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'drydock-extra-large-'));
    try {
      writeFileSync(join(folder, 'widget.yaml'), 'apiVersion: example.com/v1\nkind: Huge\nmetadata: {name: h}\n');
      // a sparse file: its size is over the limit, and nothing is written to disk
      writeFileSync(join(folder, 'huge-example-v1.json'), '');
      truncateSync(join(folder, 'huge-example-v1.json'), defaultMaxFileBytes + 1);
      const run = runValidate({ paths: ['widget.yaml'], cwd: folder, schemaDirs: [folder], keepResources: true });
      await expect(run).rejects.toThrow(DrydockError);
      await expect(run).rejects.toMatchObject({
        code: 'path-unreadable',
        message: `schema file ${join(folder, 'huge-example-v1.json')}: the file is 32.0 MiB, over the 32.0 MiB limit for one manifest file`,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('runs patterns with Go RE2 syntax in linear time', () => {
    writeFileSync(join(dir, 'widget-example-v1.json'), JSON.stringify({
      type: 'object',
      properties: { spec: { type: 'object', properties: { name: { type: 'string', pattern: '^[[:lower:]]+\\z' }, tag: { type: 'string', pattern: '^(a+)+$' } } } },
    }));
    const widget = (spec: object) => `apiVersion: example.io/v1\nkind: Widget\nmetadata: {name: w}\nspec: ${JSON.stringify(spec)}\n`;
    expect(validate(widget({ name: 'abc' }))).toEqual([]);
    expect(validate(widget({ name: 'Abc' })).map((i) => i.messageId)).toEqual(['patternMismatch']);
    const started = performance.now();
    expect(validate(widget({ tag: `${'a'.repeat(100_000)}!` })).map((i) => i.messageId)).toEqual(['patternMismatch']);
    // linear: well under a second; a backtracking engine never ends on 100,000 a's
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('refuses a schema file whose pattern RE2 cannot compile, as a usage error', () => {
    writeFileSync(join(dir, 'sprocket-example-v1.json'), JSON.stringify({ type: 'object', properties: { spec: { type: 'string', pattern: '^(?!x)' } } }));
    expect(() => validate('apiVersion: example.io/v1\nkind: Sprocket\nmetadata: {name: g}\nspec: x\n')).toThrow(/not a valid RE2 regular expression/);
  });

  it('checks uniqueItems by hashing items, not pairwise: linear on 20,000 objects', () => {
    writeFileSync(join(dir, 'bag-example-v1.json'), JSON.stringify({
      type: 'object', properties: { spec: { type: 'object', properties: { items: { type: 'array', uniqueItems: true } } } },
    }));
    const bag = (items: unknown[]) => `apiVersion: example.io/v1\nkind: Bag\nmetadata: {name: b}\nspec: ${JSON.stringify({ items })}\n`;
    expect(validate(bag([{ a: 1, b: 2 }, { c: 3 }, { b: 2, a: 1 }])).map((i) => i.message)).toEqual(['spec.items[2]: items 0 and 2 are identical']);
    const many = Array.from({ length: 20_000 }, (_, i) => ({ n: i, name: `item-${i}` }));
    const started = performance.now();
    expect(validate(bag(many))).toEqual([]);
    // ajv's pairwise check took 14.5 s on this list; hashing about one (the work itself is counted
    // in test/schema/first-duplicate.test.ts, so this limit can leave room for a busy machine)
    expect(performance.now() - started).toBeLessThan(30_000);
  });
});
