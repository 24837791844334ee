import type { JsonPath, RangeTarget, SourceRange } from '../../resources/index.js';

/** Something that knows where the fields of one parsed document are (a Resource, a patch document). */
export interface DocumentPositions {
  rangeOf(path: JsonPath, target?: RangeTarget): SourceRange;
}

/**
 * Where a value of a built object came from: a field of a parsed document (a base resource, a
 * patch), or a line of a kustomization that set it (a prefix, a label, an image).
 */
export type Origin = { document: DocumentPositions; path: JsonPath } | { range: SourceRange };

/** A JSON value during a build, each node remembering its origin, so every built field maps back to a line. */
export type Tracked = TrackedScalar | TrackedMap | TrackedList;

export interface TrackedScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  origin: Origin;
}

export interface TrackedMap {
  kind: 'map';
  entries: Map<string, Tracked>;
  origin: Origin;
}

export interface TrackedList {
  kind: 'list';
  items: Tracked[];
  origin: Origin;
}

/** A parsed value as a tracked tree whose nodes point into `document` at their own paths. */
export function track(value: unknown, document: DocumentPositions, path: JsonPath = []): Tracked {
  const origin: Origin = { document, path };
  if (Array.isArray(value)) return { kind: 'list', items: value.map((item, i) => track(item, document, [...path, i])), origin };
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, Tracked>();
    for (const [key, item] of Object.entries(value)) entries.set(key, track(item, document, [...path, key]));
    return { kind: 'map', entries, origin };
  }
  return { kind: 'scalar', value: value as TrackedScalar['value'], origin };
}

/** The plain JSON value of a tracked tree. */
export function untrack(node: Tracked): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(untrack);
  const out: Record<string, unknown> = {};
  for (const [key, item] of node.entries) out[key] = untrack(item);
  return out;
}

/** A deep copy (the same origins), so one base built into two overlays is never shared. */
export function cloneTracked(node: Tracked): Tracked {
  if (node.kind === 'scalar') return { ...node };
  if (node.kind === 'list') return { kind: 'list', items: node.items.map(cloneTracked), origin: node.origin };
  return { kind: 'map', entries: new Map([...node.entries].map(([key, item]) => [key, cloneTracked(item)])), origin: node.origin };
}

/** The child at `key` of a map or list node, if any. */
export function childOf(node: Tracked | undefined, key: string | number): Tracked | undefined {
  if (!node) return undefined;
  if (node.kind === 'map') return typeof key === 'string' ? node.entries.get(key) : undefined;
  if (node.kind === 'list') return typeof key === 'number' ? node.items[key] : undefined;
  return undefined;
}

/** The node at `path`, if every step exists. */
function nodeAt(node: Tracked, path: JsonPath): Tracked | undefined {
  let current: Tracked | undefined = node;
  for (const part of path) current = childOf(current, part);
  return current;
}

/**
 * The source range of the field at `path` of a built object: the deepest existing node's origin,
 * asked for the rest of the path (so a missing field falls back the way a plain resource's does).
 */
export function rangeInTracked(root: Tracked, path: JsonPath, target?: RangeTarget): SourceRange {
  let node = root;
  let depth = 0;
  for (const step of path) {
    const next = childOf(node, step);
    if (!next) break;
    node = next;
    depth++;
  }
  const origin = node.origin;
  if ('range' in origin) return origin.range;
  // a missing field is shown at its nearest existing parent's key, as a plain resource shows it
  return origin.document.rangeOf(origin.path, depth === path.length ? target : 'key');
}

/** A string value of a map node's field, if it is one. */
export function stringAt(node: Tracked | undefined, path: JsonPath): string | undefined {
  const found = node && nodeAt(node, path);
  return found?.kind === 'scalar' && typeof found.value === 'string' ? found.value : undefined;
}

/**
 * The map at `path`, created (with `origin`) where missing when `create` is set; undefined when
 * a step is not a map, or missing without `create`.
 */
export function mapAt(root: Tracked, path: readonly string[], create: boolean, origin: Origin): TrackedMap | undefined {
  let node: Tracked = root;
  for (const part of path) {
    if (node.kind !== 'map') return undefined;
    let next = node.entries.get(part);
    if (next === undefined || (next.kind === 'scalar' && next.value === null)) {
      if (!create) return undefined;
      next = { kind: 'map', entries: new Map(), origin };
      node.entries.set(part, next);
    }
    node = next;
  }
  return node.kind === 'map' ? node : undefined;
}
