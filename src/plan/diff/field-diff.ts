import { compareQuantities, isObject, mergeKeyOf, parseQuantity, type JsonPath } from '../../resources/index.js';
import type { FieldChange } from '../plan.js';

/** One differing field, with its JSON path in the newer object (or the older one for a removal). */
export interface FieldDifference extends FieldChange {
  jsonPath: JsonPath;
}

export interface DiffOptions {
  /** Built-in kinds merge lists by key; custom resources compare lists whole. */
  strategic: boolean;
  /** Values under these top-level keys are shown as `(sensitive value)` (Secret `data`). */
  sensitiveRoots?: ReadonlySet<string>;
}

/** What a Secret value is shown as. */
export const sensitiveValue = '(sensitive value)';

const plainKey = /^[A-Za-z_$][\w$-]*$/;

// maps whose values are resource quantities, compared by value (`1000m` equals `1`)
const quantityMaps = new Set(['requests', 'limits', 'overhead', 'hard', 'capacity', 'allocatable']);

/** Deep equality of JSON values, with quantities in resource maps compared by value. */
export function sameValue(a: unknown, b: unknown, parentKey?: string | number): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameValue(a[key], b[key], key));
  }
  if (typeof parentKey === 'string' && (quantityMaps.has(parentKey) || parentKey === 'storage' || parentKey === 'sizeLimit')) {
    const left = parseQuantity(a);
    const right = parseQuantity(b);
    if (left && right) return compareQuantities(left, right) === 0;
  }
  return false;
}

/**
 * The fields that differ between two normalised objects, paths naming list items by merge key
 * (`containers[name=web]`) so that they do not shift when an item is inserted.
 */
export function diffFields(before: unknown, after: unknown, options: DiffOptions): FieldDifference[] {
  const out: FieldDifference[] = [];
  walk(before, after, [], '', options, out);
  return out;
}

function join(display: string, key: string): string {
  if (plainKey.test(key)) return display === '' ? key : `${display}.${key}`;
  return `${display}[${JSON.stringify(key)}]`;
}

function walk(before: unknown, after: unknown, path: JsonPath, display: string, options: DiffOptions, out: FieldDifference[]): void {
  const parentKey = path.length > 0 ? path[path.length - 1] : undefined;
  // compare values by quantity where the parent map holds quantities
  const quantityKey = path.length > 1 ? path[path.length - 2] : undefined;
  if (sameValue(before, after, typeof quantityKey === 'string' && quantityMaps.has(quantityKey) ? quantityKey : parentKey)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !(key in after))];
    for (const key of keys) walk(before[key], after[key], [...path, key], join(display, key), options, out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const mergeKey = options.strategic ? mergeKeyOf(path) : undefined;
    if (mergeKey !== undefined && [...before, ...after].every((item) => isObject(item) && item[mergeKey] !== undefined)) {
      walkKeyedList(before, after, mergeKey, path, display, options, out);
      return;
    }
    if (before.length === after.length) {
      before.forEach((item, i) => walk(item, after[i], [...path, i], `${display}[${i}]`, options, out));
      return;
    }
  }
  const sensitive = typeof path[0] === 'string' && options.sensitiveRoots?.has(path[0]) === true;
  const change: FieldDifference = { path: display, jsonPath: path };
  // a Secret's values never leave the planner: only whether one was added, removed or changed
  if (sensitive) change.sensitive = true;
  if (before !== undefined) change.before = sensitive ? sensitiveValue : before;
  if (after !== undefined) change.after = sensitive ? sensitiveValue : after;
  out.push(change);
}

function walkKeyedList(before: unknown[], after: unknown[], mergeKey: string, path: JsonPath, display: string, options: DiffOptions, out: FieldDifference[]): void {
  const keyOf = (item: unknown) => String((item as Record<string, unknown>)[mergeKey]);
  const beforeByKey = new Map(before.map((item) => [keyOf(item), item]));
  const afterKeys = new Set(after.map(keyOf));
  after.forEach((item, index) => {
    const key = keyOf(item);
    walk(beforeByKey.get(key), item, [...path, index], `${display}[${mergeKey}=${key}]`, options, out);
  });
  before.forEach((item, index) => {
    const key = keyOf(item);
    if (!afterKeys.has(key)) walk(item, undefined, [...path, index], `${display}[${mergeKey}=${key}]`, options, out);
  });
}
