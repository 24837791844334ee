import type { CrdSchema } from './crd-schema.js';
/** Why the API server refuses a CEL rule when the CRD is created, as a message id and text. */
export interface CelRuleProblem {
    messageId: string;
    text: string;
    /** A Forbidden error of the server (placed at the key), not an Invalid value. */
    forbidden?: boolean;
}
/**
 * The problem the API server finds in a CEL rule at CRD creation that drydock can see: a
 * `matches()` whose pattern is a constant Go's regexp rejects (cel-go compiles constant
 * patterns when it builds the program), or an estimated cost far over the limit (see
 * cel-cost-estimate.ts). `schema` is the rule's node, `cardinality` how often it can occur. A
 * rule cel-js cannot parse is left alone: the two parsers differ at the edges, and a false
 * error on a CRD would be worse than a missed one.
 */
export declare function celRuleProblem(expression: string, schema: CrdSchema, cardinality: number): CelRuleProblem | undefined;
/** The constant patterns of the `matches()` calls in a parsed rule. */
export declare function constantPatterns(ast: unknown): string[];
