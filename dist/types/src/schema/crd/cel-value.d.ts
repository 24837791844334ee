import { type CrdSchema } from './crd-schema.js';
/**
 * The name a property has in CEL, as Kubernetes escapes it (`namespace` → `__namespace__`,
 * `a-b` → `a__dash__b`), or undefined when CEL cannot reach it.
 */
export declare function celPropertyName(name: string): string | undefined;
/**
 * A JSON value as CEL sees it under `schema`: integers are CEL ints (bigint) unless the schema
 * says `number`, and properties of a structural object carry their escaped names.
 */
export declare function toCelValue(value: unknown, schema: CrdSchema | undefined): unknown;
