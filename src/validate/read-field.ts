import { isObject, maxQuotedLength, quoteName, valueAt, type JsonObject, type JsonPath } from '../resources/index.js';

/** The object at `path`, or undefined when it is missing or not an object. */
export function objectAt(value: unknown, path: JsonPath): JsonObject | undefined {
  const found = valueAt(value, path);
  return isObject(found) ? found : undefined;
}

/** The array at `path`, or an empty array when it is missing or not an array. */
export function arrayAt(value: unknown, path: JsonPath): unknown[] {
  const found = valueAt(value, path);
  return Array.isArray(found) ? found : [];
}

/** The string at `path`, or undefined when it is missing or not a string. */
export function stringAt(value: unknown, path: JsonPath): string | undefined {
  const found = valueAt(value, path);
  return typeof found === 'string' ? found : undefined;
}

/** Whether a field is given: present and not null (a null field decodes as unset). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** Iterates the objects of an array with their index; other items are skipped. */
export function objectsOf(list: unknown): [JsonObject, number][] {
  if (!Array.isArray(list)) return [];
  const out: [JsonObject, number][] = [];
  list.forEach((item, index) => {
    if (isObject(item)) out.push([item, index]);
  });
  return out;
}

/**
 * `"text"` with quotes, for naming a value in a message: escaped and cut short like any name
 * from the input (see quoteName); checks never pass a Secret's value here.
 */
export function quote(value: unknown): string {
  if (typeof value === 'string') return quoteName(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > maxQuotedLength ? `(a ${typeof value})` : json;
}
