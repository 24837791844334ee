import { isObject, mergeKeyOf, type JsonObject, type JsonPath } from '../../resources/index.js';

/** How lists merge: strategic (built-in kinds, by merge key) or JSON merge patch (every list atomic). */
export interface MergeStyle {
  strategic: boolean;
}

/**
 * What the live object becomes after `kubectl apply` (client-side): fields of `modified` are
 * set, fields in `original` (the last-applied manifest) but not in `modified` are removed,
 * and fields only the server or other clients set are kept. Lists with a merge key merge item
 * by item; other lists are replaced whole. Returns a new value.
 */
export function threeWayMerge(original: unknown, modified: unknown, current: unknown, style: MergeStyle, path: JsonPath = []): unknown {
  if (isObject(modified)) {
    if (!isObject(current)) return modified;
    const originalMap = isObject(original) ? original : {};
    const merged: JsonObject = { ...current };
    for (const [key, value] of Object.entries(modified)) {
      if (value === null) delete merged[key];
      else merged[key] = threeWayMerge(originalMap[key], value, current[key], style, [...path, key]);
    }
    for (const key of Object.keys(originalMap)) {
      if (!(key in modified)) delete merged[key];
    }
    return merged;
  }
  if (Array.isArray(modified)) {
    const mergeKey = style.strategic ? mergeKeyOf(path) : undefined;
    if (mergeKey === undefined || !Array.isArray(current)) return modified;
    return mergeKeyedList(Array.isArray(original) ? original : [], modified, current, mergeKey, style, path);
  }
  return modified;
}

function keyOf(item: unknown, mergeKey: string): string | undefined {
  if (!isObject(item)) return undefined;
  const value = item[mergeKey];
  return value === undefined ? undefined : JSON.stringify(value);
}

function mergeKeyedList(original: unknown[], modified: unknown[], current: unknown[], mergeKey: string, style: MergeStyle, path: JsonPath): unknown[] {
  const originalByKey = new Map(original.map((item) => [keyOf(item, mergeKey), item]));
  const currentByKey = new Map(current.map((item) => [keyOf(item, mergeKey), item]));
  const modifiedKeys = new Set(modified.map((item) => keyOf(item, mergeKey)));
  // the manifest's items in its order (kubectl sends $setElementOrder), then items only the
  // live object has that the last apply did not put there
  const merged = modified.map((item, index) => {
    const key = keyOf(item, mergeKey);
    return threeWayMerge(originalByKey.get(key), item, currentByKey.get(key), style, [...path, index]);
  });
  for (const item of current) {
    const key = keyOf(item, mergeKey);
    if (!modifiedKeys.has(key) && !originalByKey.has(key)) merged.push(item);
  }
  return merged;
}
