import { valueAt, type JsonObject, type JsonPath } from '../../resources/index.js';

/** A whole number at `path`, or `fallback` when unset or malformed. */
export function intAt(object: JsonObject, path: JsonPath, fallback: number): number {
  const value = valueAt(object, path);
  return typeof value === 'number' && Number.isInteger(value) ? value : fallback;
}

/** An int-or-string at `path` as written, or undefined. */
export function intOrStringAt(object: JsonObject, path: JsonPath): number | string | undefined {
  const value = valueAt(object, path);
  return typeof value === 'number' || typeof value === 'string' ? value : undefined;
}

/** A string at `path`, or `fallback`. */
export function stringAt(object: JsonObject, path: JsonPath, fallback: string): string {
  const value = valueAt(object, path);
  return typeof value === 'string' ? value : fallback;
}

/** Whether two JSON values are equal (key order ignored), for "did the pod template change". */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as JsonObject)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as JsonObject)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => sameJson((a as JsonObject)[k], (b as JsonObject)[k]));
}
