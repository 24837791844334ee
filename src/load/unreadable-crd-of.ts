import type { Document } from 'yaml';
import { isObject, type UnreadableCrd } from '../resources/index.js';

/**
 * What a document with YAML errors still tells of the CRD it was meant to be: the `yaml` library
 * builds the parts it could read, often enough to name the group and kind. Undefined when the
 * document is not a CRD as far as can be told.
 */
export function unreadableCrdOf(doc: Document, text: string): UnreadableCrd | undefined {
  const [start, , end] = doc.range ?? [0, 0, text.length];
  if (!mentionsCrd(text.slice(start, end))) return undefined;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return {};
  }
  return crdNamesOf(value);
}

/**
 * The same for a document that was read whole but that kubectl refuses (for a tab the fast path
 * found): `documentText` is its text.
 */
export function unreadableCrdOfValue(value: unknown, documentText: string): UnreadableCrd | undefined {
  return mentionsCrd(documentText) ? crdNamesOf(value) : undefined;
}

function mentionsCrd(documentText: string): boolean {
  return documentText.includes('CustomResourceDefinition');
}

/** The group and kind a CRD's value names; undefined when it is of another kind. */
function crdNamesOf(value: unknown): UnreadableCrd | undefined {
  if (!isObject(value)) return {};
  if (value.kind !== undefined && value.kind !== 'CustomResourceDefinition') return undefined;
  const spec = isObject(value.spec) ? value.spec : {};
  const names = isObject(spec.names) ? spec.names : {};
  return {
    group: typeof spec.group === 'string' ? spec.group : undefined,
    kind: typeof names.kind === 'string' ? names.kind : undefined,
  };
}
