import { celPropertyName } from './cel-value.js';
import { isPlainObject, type CrdSchema } from './crd-schema.js';

/**
 * apiextensions' StaticEstimatedCostLimit: the largest estimated cost of one rule (times the
 * number of places the rule's node can occur) the API server accepts when a CRD is created.
 */
export const staticEstimatedCostLimit = 10_000_000;

// the server reports "more than 100x" past this factor; drydock reports only such rules
const reportedFactor = 100;

// k8s.io/apiserver's MaxRequestSizeBytes: a collection without maxItems/maxProperties is assumed
// to hold as many of its smallest items as fit in one request
const maxRequestSizeBytes = 3 * 1024 * 1024;

const comprehensions = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);

/**
 * Whether the API server would certainly refuse a rule at CRD creation for its estimated cost.
 * cel-go's estimator is not reproduced: this computes a lower bound of its estimate (each
 * iteration of a comprehension over a collection reached by field paths costs at least 1; a
 * collection without a bound holds as many items as fit in 3 MiB, counted from a minimum item
 * size at least as large as the server's) and flags only rules whose lower bound exceeds the
 * limit more than 100 times. `cardinality` is how many times the rule's node can occur.
 */
export function exceedsEstimatedCost(ast: unknown, schema: CrdSchema, cardinality: number): boolean {
  return lowerBound(ast, new Map([['self', schema]])) * cardinality > staticEstimatedCostLimit * reportedFactor;
}

/** The most items (or entries) a list or map node can hold, by its bound or the request size. */
export function maxElements(schema: CrdSchema | undefined): number {
  if (!schema) return 1;
  if (schema.type === 'array' && isPlainObject(schema.items)) {
    if (typeof schema.maxItems === 'number') return schema.maxItems;
    const itemSize = minSize(schema.items as CrdSchema, 0);
    return itemSize === undefined ? 1 : Math.floor((maxRequestSizeBytes - 2) / (itemSize + 1));
  }
  if (isPlainObject(schema.additionalProperties)) {
    if (typeof schema.maxProperties === 'number') return schema.maxProperties;
    const valueSize = minSize(schema.additionalProperties as CrdSchema, 0);
    // an entry is at least `"":` and its value
    return valueSize === undefined ? 1 : Math.floor((maxRequestSizeBytes - 2) / (valueSize + 4));
  }
  return 1;
}

type Scope = Map<string, CrdSchema | undefined>;

function lowerBound(node: unknown, scope: Scope): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + lowerBound(item, scope), 0);
  if (!isNode(node)) return 0;
  const { op, args } = node;
  if (op === 'rcall' && Array.isArray(args) && comprehensions.has(args[0] as string)) {
    const [, receiver, macroArgs] = args as [string, unknown, unknown[]];
    const range = resolve(receiver, scope);
    const variable = isNode(macroArgs[0]) && macroArgs[0].op === 'id' ? String(macroArgs[0].args) : undefined;
    const inner: Scope = new Map(scope);
    if (variable) inner.set(variable, elementSchema(range));
    const body = lowerBound(macroArgs.slice(1), inner);
    return lowerBound(receiver, scope) + maxElements(range) * Math.max(1, body);
  }
  return lowerBound(args, scope);
}

// the schema a field path from self or a comprehension variable leads to, if any
function resolve(node: unknown, scope: Scope): CrdSchema | undefined {
  if (!isNode(node)) return undefined;
  if (node.op === 'id' && typeof node.args === 'string') return scope.get(node.args);
  if (node.op === '.' && Array.isArray(node.args) && typeof node.args[1] === 'string') {
    const parent = resolve(node.args[0], scope);
    return parent ? propertyByCelName(parent, node.args[1]) : undefined;
  }
  return undefined;
}

function propertyByCelName(schema: CrdSchema, name: string): CrdSchema | undefined {
  const properties = isPlainObject(schema.properties) ? schema.properties : undefined;
  if (!properties) return undefined;
  for (const [key, property] of Object.entries(properties)) {
    if ((key === name || celPropertyName(key) === name) && isPlainObject(property)) return property as CrdSchema;
  }
  return undefined;
}

// what a comprehension's variable holds: a list's items, or a map's keys (strings, no schema)
function elementSchema(range: CrdSchema | undefined): CrdSchema | undefined {
  if (range?.type === 'array' && isPlainObject(range.items)) return range.items as CrdSchema;
  return undefined;
}

/**
 * The fewest bytes a value of `schema` takes in JSON, never less than the server assumes
 * (it counts `{}` for any object; required properties only make this larger). Undefined when
 * the type is unknown, so that such collections are not counted at all.
 */
function minSize(schema: CrdSchema, depth: number): number | undefined {
  if (depth > 32) return undefined;
  if (schema['x-kubernetes-int-or-string']) return 1;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return 4;
    case 'string':
      return 2 + (typeof schema.minLength === 'number' ? schema.minLength : 0);
    case 'array': {
      const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
      if (minItems === 0) return 2;
      const item = isPlainObject(schema.items) ? minSize(schema.items as CrdSchema, depth + 1) : undefined;
      return item === undefined ? undefined : 2 + minItems * (item + 1);
    }
    case 'object': {
      let size = 2;
      for (const name of Array.isArray(schema.required) ? schema.required : []) {
        const property = isPlainObject(schema.properties) ? schema.properties[name] : undefined;
        const value = isPlainObject(property) ? minSize(property as CrdSchema, depth + 1) : undefined;
        if (value === undefined) return undefined;
        size += String(name).length + 4 + value;
      }
      return size;
    }
    default:
      return undefined;
  }
}

function isNode(value: unknown): value is { op: string; args: unknown } {
  return value !== null && typeof value === 'object' && typeof (value as { op?: unknown }).op === 'string';
}
