import { formatPath, type JsonPath } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import { checkCelRules, objectCelBudget, type CelBudget } from './cel-rules.js';
import { celPropertyName, toCelValue } from './cel-value.js';
import { isPlainObject, type CrdSchema } from './crd-schema.js';
import { duplicateSetItems } from './duplicate-set-items.js';

/** Validates `value` against a deferred schema node, if that node is one; `pointer` is its place. */
export type DeferredCheck = (node: CrdSchema, value: unknown, pointer: string) => void;

/**
 * Walks a resource along its structural schema: runs the deferred JSON Schema checks of big
 * subtrees, and the checks JSON Schema cannot express: duplicate keys in
 * `x-kubernetes-list-type: map` lists, repeated items of `set` lists and `x-kubernetes-validations` CEL rules (all within one
 * cost budget per object, as the server's RuntimeCELCostBudget).
 */
export function structuralIssues(object: Record<string, unknown>, schema: CrdSchema, deferred: DeferredCheck): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const walker: Walker = { deferred, issues, budget: objectCelBudget() };
  walk(walker, object, toCelValue(object, schema), schema, []);
  return issues;
}

interface Walker {
  deferred: DeferredCheck;
  issues: SchemaIssue[];
  /** The object's CEL cost budget, shared by all its rules. */
  budget: CelBudget;
}

function walk(walker: Walker, value: unknown, cel: unknown, schema: CrdSchema, path: JsonPath): void {
  if (path.length > 0) walker.deferred(schema, value, pointerOf(path));
  const { issues } = walker;
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    if (schema['x-kubernetes-list-type'] === 'map') for (const issue of duplicateKeys(value, schema['x-kubernetes-list-map-keys'] ?? [], path)) issues.push(issue);
    if (schema['x-kubernetes-list-type'] === 'set') for (const issue of duplicateSetItems(value, path)) issues.push(issue);
    const items = schema.items && !Array.isArray(schema.items) ? schema.items : undefined;
    if (items) value.forEach((item, i) => walk(walker, item, (cel as unknown[])[i], items, [...path, i]));
  } else if (isPlainObject(value) && isPlainObject(cel)) {
    for (const [key, item] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property) {
        const name = celPropertyName(key);
        walk(walker, item, name === undefined ? toCelValue(item, property) : cel[name], property, [...path, key]);
      } else if (typeof schema.additionalProperties === 'object') {
        walk(walker, item, cel[key], schema.additionalProperties, [...path, key]);
      }
    }
  }
  const rules = schema['x-kubernetes-validations'];
  if (Array.isArray(rules)) for (const issue of checkCelRules(rules, cel, path, walker.budget)) issues.push(issue);
}

// the server keys each item of a map-list by its key fields; two items with one key collide
function duplicateKeys(list: readonly unknown[], keys: readonly string[], path: JsonPath): SchemaIssue[] {
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  list.forEach((item, i) => {
    if (!isPlainObject(item)) return;
    const key: Record<string, unknown> = {};
    for (const name of keys) key[name] = item[name];
    const text = JSON.stringify(key);
    if (!seen.has(text)) {
      seen.add(text);
      return;
    }
    const where = [...path, i];
    issues.push({
      ruleId: 'schema',
      messageId: 'duplicateKey',
      message: `${formatPath(where)}: duplicate entry with key ${shorten(text)}`,
      severity: 'error',
      path: where,
    });
  });
  return issues;
}

function pointerOf(path: JsonPath): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
