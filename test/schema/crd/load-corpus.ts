import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, type Document } from 'yaml';
import type { JsonObject, Resource } from '../../../src/resources/index.js';
import { LineIndex } from '../../../src/load/line-index.js';
import { yamlNodeRange } from '../../../src/load/yaml-node-range.js';

/** The shared corpus, read in place beside the repository. */
export const corpusDir = resolve(fileURLToPath(new URL('../../..', import.meta.url)), '../shared/corpus');

/** True when the corpus is there to test against. */
export const hasCorpus = existsSync(join(corpusDir, 'expected-errors.txt'));

/**
 * The corpus objects this suite needs: every CRD, and every object of a file that names one
 * of their groups in an apiVersion. Reading only those keeps the suite fast; files that fail
 * to parse are skipped (they are the loader's finding, not this suite's).
 */
export function loadCorpusCustomResources(): Resource[] {
  const texts = new Map<string, string>();
  for (const file of filesUnder(corpusDir)) texts.set(relative(corpusDir, file), readFileSync(file, 'utf8'));
  const crds = [...texts].filter(([, text]) => text.includes('CustomResourceDefinition')).flatMap(([name, text]) => parseFile(text, name));
  const groups = new Set(crds.filter((r) => r.kind === 'CustomResourceDefinition').map((r) => (r.object.spec as JsonObject | undefined)?.group));
  const mentions = (text: string): boolean => [...groups].some((g) => typeof g === 'string' && text.includes(`${g}/`));
  const others = [...texts].filter(([, text]) => !text.includes('CustomResourceDefinition') && mentions(text));
  return [...crds, ...others.flatMap(([name, text]) => parseFile(text, name))];
}

/** The corpus files the API server would reject, from expected-errors.txt. */
export function expectedErrorFiles(): Set<string> {
  const text = readFileSync(join(corpusDir, 'expected-errors.txt'), 'utf8');
  return new Set(text.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
}

function parseFile(text: string, file: string): Resource[] {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true, uniqueKeys: false });
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return [];
  const lines = new LineIndex(text);
  return docs.flatMap((doc, documentIndex) => {
    const object = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return [];
    return [toResource(object as JsonObject, doc, { file, documentIndex }, lines)];
  });
}

function toResource(object: JsonObject, doc: Document, source: Resource['source'], lines: LineIndex): Resource {
  const metadata = (object.metadata ?? {}) as JsonObject;
  return {
    apiVersion: String(object.apiVersion ?? ''),
    kind: String(object.kind ?? ''),
    name: String(metadata.name ?? ''),
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    object,
    source,
    rangeOf(path, target) {
      const range = yamlNodeRange(doc, path, target) ?? { start: 0, end: 0 };
      return { file: source.file, start: lines.positionOf(range.start), end: lines.positionOf(range.end) };
    },
  };
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (/\.(ya?ml|json)$/.test(entry.name)) yield path;
  }
}
