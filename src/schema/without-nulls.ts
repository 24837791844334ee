/**
 * A copy of `value` without null-valued object properties: the API server treats a JSON null
 * for an optional field as unset (`creationTimestamp: null`), while a required field that is null
 * is still missing. Returns `value` itself when it holds no such null, so most inputs cost no copy.
 */
export function withoutNulls<T>(value: T): T {
  return strip(value) as T;
}

// Plain loops rather than forEach/Object.entries: this visits every node of every resource,
// and allocating an entry array per object was most of its cost.
function strip(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const next = strip(item);
      if (next !== item) (copy ??= [...value])[i] = next;
    }
    return copy ?? value;
  }
  const object = value as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key in object) {
    if (!Object.hasOwn(object, key)) continue;
    const item = object[key];
    if (item === null) {
      copy ??= { ...object };
      delete copy[key];
    } else if (typeof item === 'object') {
      const next = strip(item);
      if (next !== item) (copy ??= { ...object })[key] = next;
    }
  }
  return copy ?? object;
}
