import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ResourceSet, splitApiVersion, type JsonObject, type Resource } from '../../src/resources/index.js';
import { ApiLifecycle } from '../../src/schema/api-lifecycle.js';
import { createSchemaValidator } from '../helpers/create-schema-validator.js';
import { SchemaStore } from '../../src/schema/schema-store.js';

const corpus = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');


function manifestFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return manifestFiles(path);
    return /\.(ya?ml|json)$/.test(name) && name !== 'stats.json' ? [path] : [];
  });
}

/** The objects of one file as kubectl sends them: YAML 1.1, timestamps kept as strings (go-yaml v2 does). */
function objectsOf(text: string): JsonObject[] {
  const docs = parseAllDocuments(text, {
    version: '1.1', merge: true, uniqueKeys: false,
    customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
  });
  if (!Array.isArray(docs)) return [];
  return docs.flatMap((doc) => {
    if (doc.errors.length > 0) return [];
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    const object = value as JsonObject;
    // `kind: List` and `*List` documents hold their objects in `items`
    if (String(object.kind ?? '').endsWith('List') && Array.isArray(object.items)) return object.items as JsonObject[];
    return [object];
  });
}

function asResource(object: JsonObject, file: string): Resource {
  return {
    apiVersion: String(object.apiVersion ?? ''), kind: String(object.kind ?? ''), name: '', object,
    source: { file, documentIndex: 0 },
    rangeOf: () => ({ file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
  };
}

describe.skipIf(!existsSync(corpus))('the shared corpus', () => {
  it('gives no built-in schema error outside expected-errors.txt', () => {
    const expected = new Set(readFileSync(join(corpus, 'expected-errors.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));
    const lifecycle = new ApiLifecycle(new SchemaStore(), '1.36');
    const validator = createSchemaValidator({ kubernetesVersion: '1.36' }, new ResourceSet([]));
    const failing = new Map<string, string[]>();
    let checked = 0;
    for (const path of manifestFiles(corpus)) {
      const file = relative(corpus, path);
      for (const object of objectsOf(readFileSync(path, 'utf8'))) {
        const resource = asResource(object, file);
        if (!lifecycle.isBuiltinGroup(splitApiVersion(resource.apiVersion).group)) continue;
        checked++;
        const errors = validator.validate(resource).filter((i) => i.severity === 'error');
        if (errors.length > 0 && !expected.has(file)) failing.set(file, errors.map((i) => i.message));
      }
    }
    expect(checked).toBeGreaterThan(2000);
    expect(Object.fromEntries(failing)).toEqual({});
  });
});
