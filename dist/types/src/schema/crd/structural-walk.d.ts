import type { SchemaIssue } from '../schema-issue.js';
import { type CrdSchema } from './crd-schema.js';
/** Validates `value` against a deferred schema node, if that node is one; `pointer` is its place. */
export type DeferredCheck = (node: CrdSchema, value: unknown, pointer: string) => void;
/**
 * Walks a resource along its structural schema: runs the deferred JSON Schema checks of big
 * subtrees, and the checks JSON Schema cannot express: duplicate keys in
 * `x-kubernetes-list-type: map` lists, repeated items of `set` lists and `x-kubernetes-validations` CEL rules (all within one
 * cost budget per object, as the server's RuntimeCELCostBudget).
 */
export declare function structuralIssues(object: Record<string, unknown>, schema: CrdSchema, deferred: DeferredCheck): SchemaIssue[];
