import { fieldStrategyOf } from '../../resources/patch-strategies/index.js';
import type { Tracked, TrackedList, TrackedMap } from './tracked.js';

/** Where a merge stands in the object's schema: the OpenAPI type (for built-in kinds), or none below a custom resource. */
export interface MergeSchema {
  type?: string;
}

const directive = '$patch';

/**
 * Applies a strategic-merge patch the way kustomize 5 does (kyaml's merge2): maps merge key by
 * key, `null` deletes, `$patch: delete` removes the map and `$patch: replace` replaces it; lists
 * with a merge key merge item by item, the patch's items first and then the base's others, and a
 * `$patch: replace` item replaces the list; other lists (all of a custom resource's) are replaced. kustomize keeps
 * `$setElementOrder/…`, `$deleteFromPrimitiveList/…` and `$retainKeys` as plain fields, and so
 * does this (the API server then refuses them). Returns undefined when the patch deletes `base`.
 */
export function strategicMerge(base: Tracked, patch: Tracked, schema: MergeSchema): Tracked | undefined {
  if (patch.kind === 'map' && base.kind === 'map') return mergeMaps(base, patch, schema);
  if (patch.kind === 'map') {
    const asked = directiveOf(patch);
    return asked === 'delete' ? undefined : withoutDirectives(patch);
  }
  return withoutDirectives(patch);
}

function mergeMaps(base: TrackedMap, patch: TrackedMap, schema: MergeSchema): TrackedMap | undefined {
  const asked = directiveOf(patch);
  if (asked === 'delete') return undefined;
  if (asked === 'replace') return withoutDirectives(patch) as TrackedMap;
  const out: TrackedMap = { kind: 'map', entries: new Map(base.entries), origin: base.origin };
  for (const [key, value] of patch.entries) {
    if (key === directive) continue;
    if (value.kind === 'scalar' && value.value === null) {
      out.entries.delete(key);
      continue;
    }
    const field = fieldStrategyOf(schema.type, key);
    const below: MergeSchema = { type: field.type };
    const current = out.entries.get(key);
    if (current === undefined || (current.kind === 'scalar' && current.value === null)) {
      if (value.kind === 'map' && directiveOf(value) === 'delete') continue;
      out.entries.set(key, withoutDirectives(value));
      continue;
    }
    let merged: Tracked | undefined;
    if (current.kind === 'map' && value.kind === 'map') merged = mergeMaps(current, value, below);
    else if (current.kind === 'list' && value.kind === 'list') merged = mergeLists(current, value, mergeKeyFor(field.mergeKey, field.strategies), below);
    else merged = withoutDirectives(value);
    if (merged === undefined) out.entries.delete(key);
    else out.entries.set(key, merged);
  }
  return out;
}

function mergeKeyFor(mergeKey: string | undefined, strategies: readonly string[]): string | null | undefined {
  // a list without a strategy is replaced: kustomize 5 infers no merge key, not even below a custom resource
  return strategies.includes('merge') ? (mergeKey ?? null) : undefined;
}

function mergeLists(current: TrackedList, value: TrackedList, mergeKey: string | null | undefined, elementSchema: MergeSchema): TrackedList | undefined {
  // an atomic list is taken from the patch as written, directives and all (kyaml's merge2 does so)
  if (mergeKey === undefined) return value;
  const replacing = value.items.some((item) => item.kind === 'map' && directiveOf(item) === 'replace' && item.entries.size === 1);
  if (replacing) {
    return { kind: 'list', items: value.items.filter((item) => !(item.kind === 'map' && item.entries.size === 1 && directiveOf(item) !== undefined)).map(withoutDirectives), origin: value.origin };
  }
  if (mergeKey === null) return mergePrimitiveLists(current, value);
  const keyOf = (item: Tracked) => (item.kind === 'map' ? scalarKey(item.entries.get(mergeKey)) : undefined);
  // base items by key, so that merging stays linear in the lists' lengths
  const byKey = new Map<string, number[]>();
  current.items.forEach((candidate, i) => {
    const key = keyOf(candidate);
    if (key !== undefined) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  });
  const used = new Set<number>();
  const items: Tracked[] = [];
  for (const item of value.items) {
    const key = keyOf(item);
    const index = key === undefined ? -1 : (byKey.get(key)?.shift() ?? -1);
    if (index === -1) {
      if (item.kind === 'map' && directiveOf(item) !== undefined) continue;
      items.push(withoutDirectives(item));
      continue;
    }
    used.add(index);
    // byKey holds indices of current.items
    const existing = current.items[index]!;
    if (item.kind === 'map' && directiveOf(item) === 'replace') {
      items.push(existing);
      continue;
    }
    const merged = existing.kind === 'map' && item.kind === 'map' ? mergeMaps(existing, item, elementSchema) : withoutDirectives(item);
    if (merged !== undefined) items.push(merged);
  }
  current.items.forEach((item, i) => {
    if (!used.has(i)) items.push(item);
  });
  return { kind: 'list', items, origin: current.origin };
}

function mergePrimitiveLists(current: TrackedList, value: TrackedList): TrackedList {
  const seen = new Set<string>();
  const items: Tracked[] = [];
  for (const item of [...value.items, ...current.items]) {
    const key = item.kind === 'scalar' ? JSON.stringify(item.value) : undefined;
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    items.push(item);
  }
  return { kind: 'list', items, origin: current.origin };
}

function scalarKey(node: Tracked | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

function directiveOf(node: TrackedMap): string | undefined {
  const value = node.entries.get(directive);
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** A patch value as it lands in the object: its `$patch` directives dropped, maps deleted by them gone. */
function withoutDirectives(node: Tracked): Tracked {
  if (node.kind === 'list') {
    return { kind: 'list', items: node.items.filter((item) => !(item.kind === 'map' && directiveOf(item) === 'delete')).map(withoutDirectives), origin: node.origin };
  }
  if (node.kind !== 'map') return node;
  const entries = new Map<string, Tracked>();
  for (const [key, value] of node.entries) {
    if (key === directive) continue;
    if (value.kind === 'map' && directiveOf(value) === 'delete') continue;
    entries.set(key, withoutDirectives(value));
  }
  return { kind: 'map', entries, origin: node.origin };
}
