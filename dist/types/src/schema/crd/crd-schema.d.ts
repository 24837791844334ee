/** A CRD's `openAPIV3Schema` node (apiextensions.k8s.io/v1 JSONSchemaProps), as drydock reads it. */
export interface CrdSchema {
    type?: string;
    format?: string;
    nullable?: boolean;
    default?: unknown;
    enum?: unknown[];
    pattern?: string;
    properties?: Record<string, CrdSchema>;
    additionalProperties?: boolean | CrdSchema;
    items?: CrdSchema | CrdSchema[];
    required?: string[];
    allOf?: CrdSchema[];
    anyOf?: CrdSchema[];
    oneOf?: CrdSchema[];
    not?: CrdSchema;
    minimum?: number;
    maximum?: number;
    exclusiveMinimum?: boolean | number;
    exclusiveMaximum?: boolean | number;
    'x-kubernetes-int-or-string'?: boolean;
    'x-kubernetes-preserve-unknown-fields'?: boolean;
    'x-kubernetes-embedded-resource'?: boolean;
    'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
    'x-kubernetes-list-map-keys'?: string[];
    'x-kubernetes-validations'?: CelRule[];
    [keyword: string]: unknown;
}
/** One `x-kubernetes-validations` entry. */
export interface CelRule {
    rule: string;
    message?: string;
    messageExpression?: string;
    fieldPath?: string;
    reason?: string;
    optionalOldSelf?: boolean;
}
/** The schema for one object property, `additionalProperties` value, or array item. */
export declare function childSchema(schema: CrdSchema | undefined, key: string | number): CrdSchema | undefined;
/** True for a plain JSON object (not an array, not null). */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
