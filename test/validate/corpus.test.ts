import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { LineIndex } from '../../src/load/line-index.js';
import { yamlNodeRange } from '../../src/load/yaml-node-range.js';
import { ResourceSet, isObject, type Resource } from '../../src/resources/index.js';
import { runApiChecks } from '../../src/validate/index.js';
import { serverRejectedFiles } from '../helpers/shared.js';

const corpus = join(process.cwd(), '..', 'shared', 'corpus');

function manifestFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return manifestFiles(path);
    return /\.(ya?ml|json)$/.test(entry.name) ? [path] : [];
  });
}

// Like makeResources, but parses each file once and skips files with YAML errors.
function resourcesOf(text: string, file: string): Resource[] {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true });
  if (!Array.isArray(docs) || docs.some((doc) => doc.errors.length > 0)) return [];
  const lines = new LineIndex(text);
  return docs.flatMap((doc, documentIndex) => {
    const object = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (!isObject(object)) return [];
    const metadata = isObject(object.metadata) ? object.metadata : {};
    const resource: Resource = {
      apiVersion: String(object.apiVersion ?? ''),
      kind: String(object.kind ?? ''),
      name: String(metadata.name ?? ''),
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      object,
      source: { file, documentIndex },
      rangeOf(path, target) {
        const range = yamlNodeRange(doc, path, target) ?? { start: 0, end: 0 };
        return { file, start: lines.positionOf(range.start), end: lines.positionOf(range.end) };
      },
    };
    return [resource];
  });
}

describe.skipIf(!existsSync(corpus))('API checks on the shared corpus', () => {
  it('finds no error in files the corpus does not list as rejected, nor the API server rejects', () => {
    const expected = new Set(
      readFileSync(join(corpus, 'expected-errors.txt'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#')),
    );
    const resources: Resource[] = [];
    for (const file of manifestFiles(corpus)) {
      resources.push(...resourcesOf(readFileSync(file, 'utf8'), relative(corpus, file)));
    }
    // one input, so custom resources find their CRDs like they would in a single run
    const diagnostics = runApiChecks(new ResourceSet(resources), { kubernetesVersion: '1.36' });
    // a file the real API server rejects (server-verdicts.tsv) may have errors the list lacks
    const rejectedByServer = serverRejectedFiles();
    const errors = diagnostics.filter((d) => d.severity === 'error' && !expected.has(d.range.file) && !rejectedByServer.has(d.range.file));
    const unexpected = errors
      .map((d) => `${d.range.file}:${d.range.start.line}:${d.range.start.column} ${d.ruleId} ${d.message}`);
    expect(unexpected).toEqual([]);
  });
});
