import { isObject, type JsonObject } from '../../resources/index.js';

// Empty maps that still mean something: `emptyDir: {}` is a volume source.
const meaningfulEmpty = new Set(['emptyDir']);

/**
 * Drops nulls and empty maps and lists (the API server omits empty optional fields, and null
 * means "unset" in a manifest), so that `{}`, `[]`, `null` and absence compare equal.
 * Returns a new value; the input is not changed.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutEmpty(item) ?? {});
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, item] of Object.entries(value)) {
    const cleaned = withoutEmpty(item);
    if (cleaned === null || cleaned === undefined) continue;
    const empty = Array.isArray(cleaned) ? cleaned.length === 0 : isObject(cleaned) && Object.keys(cleaned).length === 0;
    if (empty && !meaningfulEmpty.has(key)) continue;
    out[key] = cleaned;
  }
  return out;
}

/**
 * Folds a Secret's `stringData` into base64 `data` as the API server stores it, so that moving a
 * value from one to the other is not a change. Changes `secret` in place.
 */
export function foldStringData(secret: JsonObject): void {
  const stringData = secret.stringData;
  if (!isObject(stringData)) return;
  const data: JsonObject = isObject(secret.data) ? secret.data : {};
  for (const [key, value] of Object.entries(stringData)) {
    if (typeof value === 'string') data[key] = Buffer.from(value, 'utf8').toString('base64');
  }
  secret.data = data;
  delete secret.stringData;
}

/** A core `v1` Secret, whose `stringData` the API server folds into `data`. */
export function isSecret(apiVersion: unknown, kind: unknown): boolean {
  return apiVersion === 'v1' && kind === 'Secret';
}

/**
 * Whether an object's values must be masked in a plan: anything whose kind reads as Secret,
 * whatever apiVersion it carries (`v1/`, `" v1"`, `V1`, `core/v1`, none). `plan --force` shows
 * objects the server would refuse, and a typo must not print the values it holds.
 */
export function mustMaskValues(kind: unknown): boolean {
  return typeof kind === 'string' && kind.trim().toLowerCase() === 'secret';
}
