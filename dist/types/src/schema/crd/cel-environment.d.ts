/** A parsed CEL expression, ready to evaluate against `{ self }`; `ast` is cel-js's syntax tree. */
export type CelProgram = ((context: Record<string, unknown>) => unknown) & {
    ast?: unknown;
};
/** `matches()` met a pattern Go's regexp rejects while evaluating: a runtime error on the server. */
export declare class InvalidPatternError extends Error {
}
/**
 * Parses a CEL rule in an environment with Kubernetes' extensions that cel-js lacks (isIP, isCIDR,
 * isURL, url(), RE2 `matches`). Undefined when the rule does not parse.
 */
export declare function parseCel(expression: string): CelProgram | undefined;
