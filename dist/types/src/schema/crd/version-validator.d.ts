import { Ajv } from 'ajv';
import type { KubernetesVersion, Resource } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import type { CrdSchema } from './crd-schema.js';
/** One served version of one CRD: its schema, compiled piece by piece as resources need it. */
export declare class VersionValidator {
    private readonly ajv;
    private readonly schema;
    private readonly hasStatusSubresource;
    private converted;
    private readonly compiled;
    constructor(ajv: () => Ajv, schema: CrdSchema, hasStatusSubresource: boolean);
    /** The issues of `resource` against this version's schema ([] when it is accepted). */
    validate(resource: Resource): SchemaIssue[];
    /** Undefined for a node that is checked as part of a bigger one. */
    private compile;
}
/** The ajv instance CRD schemas compile in: all errors, Go RE2 patterns, the server's formats at `version`. */
export declare function createCrdAjv(version: KubernetesVersion): Ajv;
