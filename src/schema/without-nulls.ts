/**
 * A copy of `value` without null-valued object properties: the API server treats a JSON null
 * for an optional field as unset (`creationTimestamp: null`), while a required field that is null
 * is still missing. Returns `value` itself when it holds no such null, so most inputs cost no copy.
 */
export function withoutNulls<T>(value: T): T {
  return strip(value) as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const next = strip(item);
      if (next !== item) (copy ??= [...value])[i] = next;
    });
    return copy ?? value;
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(object)) {
    if (item === null) {
      copy ??= { ...object };
      delete copy[key];
    } else {
      const next = strip(item);
      if (next !== item) (copy ??= { ...object })[key] = next;
    }
  }
  return copy ?? object;
}
