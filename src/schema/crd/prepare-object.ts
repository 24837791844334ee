import { childSchema, isPlainObject, type CrdSchema } from './crd-schema.js';

/**
 * A copy of a custom resource as the API server validates it: after decoding it prunes null
 * fields whose schema is not nullable (kube-apiserver's PruneNonNullableNullsWithoutDefaults, so
 * `foo: null` is the same as leaving foo out, not an error), then applies `default`s; both
 * follow the structural schema only. `status` is dropped when the status subresource is on,
 * because the server resets it on create.
 */
export function prepareObject(object: Record<string, unknown>, schema: CrdSchema, hasStatusSubresource: boolean): Record<string, unknown> {
  const copy = prepare(object, schema) as Record<string, unknown>;
  if (hasStatusSubresource) delete copy.status;
  return copy;
}

function prepare(value: unknown, schema: CrdSchema | undefined): unknown {
  if (value instanceof Date) return goTimestamp(value);
  if (Array.isArray(value)) return value.map((item) => prepareItem(item, childSchema(schema, 0)));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const property = schema?.properties?.[key];
    if (item === null && property && !property.nullable) {
      if (property.default !== undefined) out[key] = structuredClone(property.default);
      continue;
    }
    out[key] = prepare(item, childSchema(schema, key));
  }
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    if (out[key] === undefined && !(key in value) && property.default !== undefined) {
      out[key] = prepare(structuredClone(property.default), property);
    }
  }
  return out;
}

// an array item that is null is not pruned (only defaulted), so a type error stays an error
function prepareItem(item: unknown, schema: CrdSchema | undefined): unknown {
  if (item === null && schema && !schema.nullable && schema.default !== undefined) return structuredClone(schema.default);
  return prepare(item, schema);
}

// a YAML 1.1 timestamp reaches the server as the string Go's JSON encoder writes for it
function goTimestamp(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}
