import type { CrdSchema } from './crd-schema.js';
/** A JSON Schema object as ajv takes it. */
export type AjvSchema = Record<string, unknown>;
/** A CRD schema converted for ajv; big subtrees are left out (`true`) and compiled on first use. */
export interface ConvertedSchema {
    root: AjvSchema;
    /** The converted form of each left-out subtree, keyed by its node in the CRD schema. */
    deferred: Map<CrdSchema, AjvSchema>;
}
/**
 * Turns a CRD's `openAPIV3Schema` into a JSON Schema ajv compiles, with the API server's
 * structural semantics: unknown fields rejected unless preserved, nullable, int-or-string,
 * embedded resources. The root accepts apiVersion, kind, and any
 * metadata object (ObjectMeta is the built-in validator's business).
 */
export declare function toAjvSchema(root: CrdSchema): ConvertedSchema;
