import type { CrdSchema } from './crd-schema.js';

/** A JSON Schema object as ajv takes it. */
export type AjvSchema = Record<string, unknown>;

/** A CRD schema converted for ajv; big subtrees are left out (`true`) and compiled on first use. */
export interface ConvertedSchema {
  root: AjvSchema;
  /** The converted form of each left-out subtree, keyed by its node in the CRD schema. */
  deferred: Map<CrdSchema, AjvSchema>;
}

// a subtree with more nodes than this compiles separately, only when a resource reaches it:
// an 800 KB CRD compiles in seconds, and a typical resource uses a small part of it
const deferAbove = 40;

/**
 * Keywords that mean the same in a CRD schema and in JSON Schema draft-07. Not `uniqueItems`:
 * the server refuses a CRD that sets it (definition-issues.ts), and `set` lists are checked in
 * linear time by the structural walk.
 */
const copied = [
  'enum', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems',
  'minProperties', 'maxProperties', 'minimum', 'maximum', 'multipleOf', 'required',
] as const;

/**
 * Turns a CRD's `openAPIV3Schema` into a JSON Schema ajv compiles, with the API server's
 * structural semantics: unknown fields rejected unless preserved, nullable, int-or-string,
 * embedded resources. The root accepts apiVersion, kind, and any
 * metadata object (ObjectMeta is the built-in validator's business).
 */
export function toAjvSchema(root: CrdSchema): ConvertedSchema {
  const deferred = new Map<CrdSchema, AjvSchema>();
  const schema = new Converter(deferred).convert({ ...root, type: 'object' }, true);
  schema.properties = {
    ...(schema.properties as object | undefined),
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
  };
  return { root: schema, deferred };
}

class Converter {
  private size = 0;

  constructor(private readonly deferred: Map<CrdSchema, AjvSchema>) {}

  // `structural` is false inside allOf/anyOf/oneOf/not: those only add value checks, and the
  // server prunes unknown fields by the structural part of the schema alone. `preserved`: the
  // items of an array that preserves unknown fields keep theirs too (the server's pruning skips
  // into an array's items; below their known properties it prunes again)
  convert(source: CrdSchema, structural: boolean, preserved = false): AjvSchema {
    this.size += 1;
    const out: AjvSchema = {};
    for (const key of copied) if (source[key] !== undefined) out[key] = source[key];
    convertBounds(source, out);
    convertType(source, out);
    // which formats count, and at which Kubernetes version, is the ajv keyword's business (formats/)
    if (typeof source.format === 'string') out.format = source.format;
    if (source.properties) out.properties = mapValues(source.properties, (s) => this.child(s, structural));
    const keepsUnknown = preserved || source['x-kubernetes-preserve-unknown-fields'] === true;
    if (source.items && !Array.isArray(source.items)) out.items = this.child(source.items, structural, keepsUnknown);
    if (typeof source.additionalProperties === 'object') out.additionalProperties = this.child(source.additionalProperties, structural);
    else if (typeof source.additionalProperties === 'boolean') out.additionalProperties = source.additionalProperties;
    for (const junctor of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = source[junctor];
      if (list) out[junctor] = list.map((s) => this.convert(s, false));
    }
    if (source.not) out.not = this.convert(source.not, false);
    if (source['x-kubernetes-embedded-resource']) embedResource(out);
    if (structural && isObjectNode(source) && out.additionalProperties === undefined && !keepsUnknown) {
      out.additionalProperties = false;
    }
    return out;
  }

  // a structural child: converted in place when small, deferred (and `true` here) when big
  private child(source: CrdSchema, structural: boolean, preserved = false): AjvSchema | true {
    const before = this.size;
    const converted = this.convert(source, structural, preserved);
    if (!structural || this.size - before <= deferAbove) return converted;
    this.deferred.set(source, converted);
    this.size = before + 1;
    return true;
  }
}

function convertType(source: CrdSchema, out: AjvSchema): void {
  const types: string[] = [];
  if (source['x-kubernetes-int-or-string']) types.push('integer', 'string');
  else if (source.type) types.push(source.type);
  if (types.length === 0) return;
  // the server keeps an explicit null only where the schema says nullable (others are pruned
  // before validation, see prepare-object.ts), so null reaches the checks only there
  if (source.nullable) {
    types.push('null');
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  out.type = types.length === 1 ? types[0] : types;
}

// OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; draft-07 as numbers
function convertBounds(source: CrdSchema, out: AjvSchema): void {
  if (source.exclusiveMinimum === true && typeof source.minimum === 'number') {
    out.exclusiveMinimum = source.minimum;
    delete out.minimum;
  }
  if (source.exclusiveMaximum === true && typeof source.maximum === 'number') {
    out.exclusiveMaximum = source.maximum;
    delete out.maximum;
  }
}

// apiVersion and kind are required in an embedded object, metadata is ObjectMeta
function embedResource(out: AjvSchema): void {
  out.properties = {
    ...(out.properties as object | undefined),
    apiVersion: { type: 'string' },
    kind: { type: 'string' },
    metadata: { type: 'object' },
  };
  const required = new Set([...((out.required as string[] | undefined) ?? []), 'apiVersion', 'kind']);
  out.required = [...required];
}

function isObjectNode(source: CrdSchema): boolean {
  return source.type === 'object' || (source.type === undefined && source.properties !== undefined);
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value);
  return out;
}
