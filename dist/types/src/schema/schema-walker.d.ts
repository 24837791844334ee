import type { ErrorObject } from 'ajv';
import type { SchemaNode } from './schema-store.js';
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
export declare function walkSchema(schema: SchemaNode, data: unknown, resolve: ResolveRef): ErrorObject[];
