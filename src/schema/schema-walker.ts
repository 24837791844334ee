import type { ErrorObject } from 'ajv';
import { quantityError } from '../resources/index.js';
import type { SchemaNode } from './schema-store.js';

// scripts/build-schemas.mjs keeps every reference to this definition, so a field is a quantity
// exactly where the OpenAPI spec says so (requests, capacity, hard, sizeLimit, metric targets…)
const quantityRef = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

/** Looks up a definition by the name a `$ref` holds. */
export type ResolveRef = (name: string) => SchemaNode | undefined;

/**
 * Validates `data` against a built-in schema by walking both, returning the errors ajv would
 * give with `allErrors` + `verbose`, for `issuesFromAjvErrors`. It knows exactly the keywords
 * scripts/build-schemas.mjs writes (`$ref`, type, enum, required, properties,
 * additionalProperties, items), and checks the text of every quantity (keyword `quantity`). Why
 * not ajv here: compiling the Deployment closure (~120 definitions) costs 120–300 ms cold, and a
 * precompiled standalone module is 2.7 MB per version.
 */
export function walkSchema(schema: SchemaNode, data: unknown, resolve: ResolveRef): ErrorObject[] {
  const walker = new Walker(resolve);
  walker.visit(schema, data);
  return walker.errors;
}

class Walker {
  readonly errors: ErrorObject[] = [];
  /** The path from the root to the value being visited; strings are only built for errors. */
  private readonly at: (string | number)[] = [];

  constructor(private readonly resolve: ResolveRef) {}

  visit(schema: SchemaNode, data: unknown): void {
    if (typeof schema.$ref === 'string') {
      const target = this.resolve(schema.$ref);
      if (!target) throw new Error(`schema reference ${schema.$ref} does not resolve`);
      this.visit(target, data);
      // the API server decodes a quantity with resource.ParseQuantity and refuses the object when it fails
      const problem = schema.$ref === quantityRef ? quantityError(data) : undefined;
      if (problem) this.fail(target, data, 'quantity', { reason: problem }, problem);
      return;
    }
    const type = schema.type as string | string[] | undefined;
    if (type !== undefined && !hasType(data, type)) {
      const names = Array.isArray(type) ? type.join(',') : type;
      this.fail(schema, data, 'type', { type: names }, `must be ${names}`);
      return;
    }
    const allowed = schema.enum as unknown[] | undefined;
    if (allowed && !allowed.includes(data)) {
      this.fail(schema, data, 'enum', { allowedValues: allowed }, 'must be equal to one of the allowed values');
    }
    const items = schema.items as SchemaNode | undefined;
    if (Array.isArray(data) && items) {
      data.forEach((item, i) => this.visitChild(items, item, i));
    } else if (isPlainObject(data)) {
      this.visitObject(schema, data);
    }
  }

  private visitChild(schema: SchemaNode, data: unknown, step: string | number): void {
    this.at.push(step);
    this.visit(schema, data);
    this.at.pop();
  }

  private visitObject(schema: SchemaNode, data: Record<string, unknown>): void {
    for (const field of (schema.required as string[] | undefined) ?? []) {
      if (data[field] === undefined) {
        this.fail(schema, data, 'required', { missingProperty: field }, `must have required property '${field}'`);
      }
    }
    const properties = schema.properties as Record<string, SchemaNode> | undefined;
    const additional = schema.additionalProperties as boolean | SchemaNode | undefined;
    for (const key in data) {
      const value = data[key];
      if (properties && Object.hasOwn(properties, key)) {
        this.visitChild(properties[key]!, value, key);
      } else if (additional === false) {
        this.fail(schema, data, 'additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
      } else if (typeof additional === 'object') {
        this.visitChild(additional, value, key);
      }
    }
  }

  private fail(schema: SchemaNode, data: unknown, keyword: string, params: Record<string, unknown>, message: string): void {
    const instancePath = this.at.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    // schemaPath is relative to the definition being walked; issuesFromAjvErrors does not read it
    this.errors.push({
      keyword, instancePath, schemaPath: `#/${keyword}`, params, message, schema: schema[keyword], parentSchema: schema, data,
    });
  }
}

function hasType(data: unknown, type: string | string[]): boolean {
  return Array.isArray(type) ? type.some((one) => isOfType(data, one)) : isOfType(data, type);
}

function isOfType(data: unknown, type: string): boolean {
  switch (type) {
    case 'object': return isPlainObject(data);
    case 'array': return Array.isArray(data);
    case 'integer': return typeof data === 'number' && Number.isInteger(data);
    case 'number': return typeof data === 'number' && Number.isFinite(data);
    case 'null': return data === null;
    default: return typeof data === type;
  }
}

function isPlainObject(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}
