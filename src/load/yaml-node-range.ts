import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { JsonPath, RangeTarget } from '../resources/index.js';

/** A character-offset span inside a source text; `multiline` spans should be clipped to a line. */
export interface OffsetRange {
  start: number;
  end: number;
  multiline: boolean;
}

/**
 * Finds the offsets of the field at `path` in a `yaml` Document. Scalars point at their value,
 * collections at their key (a block spans many lines), and `target: 'key'` always at the key.
 * A path that does not exist falls back to the key of its nearest existing parent.
 */
export function yamlNodeRange(doc: Document, path: JsonPath, target?: RangeTarget): OffsetRange | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let complete = true;
  for (const step of path) {
    const next = childOf(node, step);
    if (!next) {
      complete = false;
      break;
    }
    node = next.node;
    pair = next.pair;
  }
  const key = pair ? rangeOfNode(pair.key) : undefined;
  const value = rangeOfNode(node);
  const wantsValue = complete && target !== 'key' && isScalar(node) && value && value.end > value.start;
  if (wantsValue) return value;
  return key ?? value;
}

/** Mappings with more keys than this get a lookup table, so that a finding on each key stays linear. */
const maxWalk = 32;
const keyTables = new WeakMap<object, Map<string, Pair>>();

function pairsByKey(map: { items: Pair[] }): Map<string, Pair> {
  let table = keyTables.get(map);
  if (!table) {
    table = new Map();
    // later pairs overwrite earlier ones: the last of duplicate keys wins, as in the walk
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key !== null && key !== undefined) table.set(String(key), pair);
    }
    keyTables.set(map, table);
  }
  return table;
}

function childOf(node: unknown, step: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    if (node.items.length > maxWalk) {
      const pair = pairsByKey(node).get(String(step));
      return pair ? { node: pair.value, pair } : undefined;
    }
    // kubectl keeps the last of duplicate keys, so positions do too
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i]!;
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (key !== null && key !== undefined && String(key) === String(step)) return { node: pair.value, pair };
    }
    return undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    if (item === undefined) return undefined;
    return isPair(item) ? { node: item.value, pair: item } : { node: item };
  }
  return undefined;
}

function rangeOfNode(node: unknown): OffsetRange | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  return { start: range[0], end: range[1], multiline: isCollection(node) };
}
