import type { Diagnostic, JsonObject, JsonPath, Resource } from '../resources/index.js';
import { isObject } from '../resources/index.js';
import { notAManifestReason } from './not-a-manifest.js';
import type { SourceText } from './source-text.js';

/** Resources and notes made from the parsed documents of one YAML stream. */
export interface StreamResources {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/**
 * Turns document values into Resources: `kind: List` (and `*List` kinds) are expanded into their
 * items, files that are not manifests get an info note (or are kept, with `keepNonManifests`),
 * and non-object documents an error.
 */
export function toResources(source: SourceText, values: unknown[], fileName: string, keepNonManifests = false): StreamResources {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  values.forEach((value, documentIndex) => {
    if (value === undefined) return;
    if (!isObject(value)) {
      const range = rangeFor(source, documentIndex, [], undefined);
      diagnostics.push({ ruleId: 'yaml/not-an-object', messageId: 'not-an-object', severity: 'error', message: `this document is ${Array.isArray(value) ? 'a list' : 'a scalar'}, not a Kubernetes object`, range });
      return;
    }
    const reason = keepNonManifests ? undefined : notAManifestReason(value, fileName);
    if (reason) {
      // `untyped`: neither apiVersion nor kind, which kubectl refuses in a file it is given (src/run turns it into an error then)
      const messageId = value.apiVersion === undefined && value.kind === undefined ? 'untyped' : 'not-a-manifest';
      diagnostics.push({ ruleId: 'input/not-a-manifest', messageId, severity: 'info', message: `skipped: ${reason}`, range: rangeFor(source, documentIndex, [], undefined) });
      return;
    }
    if (isList(value)) {
      (value.items as unknown[]).forEach((item, itemIndex) => {
        if (isObject(item)) resources.push(makeResource(source, item, documentIndex, itemIndex));
      });
      return;
    }
    resources.push(makeResource(source, value, documentIndex, undefined));
  });
  return { resources, diagnostics };
}

function isList(value: JsonObject): boolean {
  return typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

function makeResource(source: SourceText, object: JsonObject, documentIndex: number, itemIndex: number | undefined): Resource {
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? metadata.generateName : '';
  return {
    apiVersion: typeof object.apiVersion === 'string' ? object.apiVersion : '',
    kind: typeof object.kind === 'string' ? object.kind : '',
    name,
    namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
    object,
    source: itemIndex === undefined ? { file: source.file, documentIndex } : { file: source.file, documentIndex, itemIndex },
    rangeOf: (path, target) => rangeFor(source, documentIndex, path, itemIndex, target),
  };
}

function rangeFor(source: SourceText, documentIndex: number, path: JsonPath, itemIndex: number | undefined, target?: 'key' | 'value') {
  const fullPath = itemIndex === undefined ? path : ['items', itemIndex, ...path];
  const offsets = source.fieldOffsets(documentIndex, fullPath, target);
  if (!offsets) return source.rangeOf(0, 0);
  return source.rangeOf(offsets.start, offsets.end, offsets.multiline);
}
