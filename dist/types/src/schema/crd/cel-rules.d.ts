import { type JsonPath } from '../../resources/index.js';
import type { SchemaIssue } from '../schema-issue.js';
import type { CelRule } from './crd-schema.js';
/** What is left of one object's CEL cost budget; once spent, no further rule runs. */
export interface CelBudget {
    remaining: number;
    exhausted: boolean;
}
/** A fresh budget for one object: RuntimeCELCostBudget. */
export declare function objectCelBudget(): CelBudget;
/**
 * Evaluates a schema node's `x-kubernetes-validations` against `self` (the node's value as CEL
 * sees it), within the server's cost limits: a rule over PerCallLimit, or one that spends the
 * rest of `budget`, is an error and stops all further rules of the object, as on the server.
 * Transition rules (those using oldSelf) never run on create, so they are skipped; a rule that
 * does not parse or fails to evaluate is skipped too, except for `matches()` with an invalid
 * pattern, a runtime error on the server.
 */
export declare function checkCelRules(rules: readonly CelRule[], self: unknown, path: JsonPath, budget?: CelBudget): SchemaIssue[];
