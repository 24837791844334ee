import { parseAllDocuments } from 'yaml';
import type { JsonObject, Resource } from '../../src/resources/index.js';
import { LineIndex } from '../../src/load/line-index.js';
import { yamlNodeRange } from '../../src/load/yaml-node-range.js';

/**
 * Builds Resources from inline YAML for unit tests, with real positions (the `yaml` library,
 * read the kubectl way: YAML 1.1 booleans, merge keys). One Resource per non-empty document.
 */
export function makeResources(text: string, file = 'test.yaml'): Resource[] {
  const lines = new LineIndex(text);
  const docs = parseAllDocuments(text, { version: '1.1', merge: true, uniqueKeys: false });
  if (!Array.isArray(docs)) return [];
  return docs.flatMap((doc, documentIndex) => {
    const object = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (object === null || typeof object !== 'object' || Array.isArray(object)) return [];
    const value = object as JsonObject;
    const metadata = (value.metadata ?? {}) as JsonObject;
    const resource: Resource = {
      apiVersion: String(value.apiVersion ?? ''),
      kind: String(value.kind ?? ''),
      name: String(metadata.name ?? ''),
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      object: value,
      source: { file, documentIndex },
      rangeOf(path, target) {
        const range = yamlNodeRange(doc, path, target) ?? { start: 0, end: 0 };
        return { file, start: lines.positionOf(range.start), end: lines.positionOf(range.end) };
      },
    };
    return [resource];
  });
}

/** The single Resource of a one-document YAML text. */
export function makeResource(text: string, file = 'test.yaml'): Resource {
  const [resource] = makeResources(text, file);
  if (!resource) throw new Error('no resource in the test YAML');
  return resource;
}
