import type { ErrorObject } from 'ajv';
import type { SchemaStore } from './schema-store.js';
/** Schema validation of the built-in kinds served by one Kubernetes version. */
export declare class BuiltinSchemas {
    private readonly store;
    readonly version: string;
    private readonly resolved;
    private readonly resolve;
    constructor(store: SchemaStore, version: string);
    /** Whether this version serves `apiVersion` + `kind`. */
    serves(apiVersion: string, kind: string): boolean;
    /** ajv-shaped errors for `object`, or undefined when this version does not serve the kind. */
    validate(apiVersion: string, kind: string, object: unknown): ErrorObject[] | undefined;
}
