import { isPlainObject, type CrdSchema } from './crd-schema.js';

const reserved = new Set([
  'true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if',
  'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while',
]);

/**
 * The name a property has in CEL, as Kubernetes escapes it (`namespace` → `__namespace__`,
 * `a-b` → `a__dash__b`), or undefined when CEL cannot reach it.
 */
export function celPropertyName(name: string): string | undefined {
  if (reserved.has(name)) return `__${name}__`;
  const escaped = name
    .replace(/__/g, '__underscores__')
    .replace(/\./g, '__dot__')
    .replace(/-/g, '__dash__')
    .replace(/\//g, '__slash__');
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(escaped) ? escaped : undefined;
}

/**
 * A JSON value as CEL sees it under `schema`: integers are CEL ints (bigint) unless the schema
 * says `number`, and properties of a structural object carry their escaped names.
 */
export function toCelValue(value: unknown, schema: CrdSchema | undefined): unknown {
  if (typeof value === 'number') {
    return Number.isInteger(value) && schema?.type !== 'number' ? BigInt(value) : value;
  }
  if (Array.isArray(value)) {
    const items = schema && !Array.isArray(schema.items) ? schema.items : undefined;
    return value.map((item) => toCelValue(item, items));
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  const properties = schema?.properties;
  const additional = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [key, item] of Object.entries(value)) {
    const property = properties?.[key];
    if (property) {
      const name = celPropertyName(key);
      if (name !== undefined) out[name] = toCelValue(item, property);
    } else {
      // map keys (additionalProperties) and preserved unknown fields keep their names
      out[key] = toCelValue(item, additional);
    }
  }
  return out;
}
