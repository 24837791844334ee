/**
 * The API server's CEL cost limits (k8s.io/apiserver/pkg/apis/cel/config.go): one evaluation of
 * one expression may cost 1,000,000 units (PerCallLimit), all rules of one object 10,000,000
 * (RuntimeCELCostBudget).
 */
export declare const perCallLimit = 1000000;
export declare const perObjectBudget = 10000000;
/** What one metered evaluation gave: its value or error, its cost, and whether it hit the limit. */
export interface MeteredResult {
    value?: unknown;
    error?: unknown;
    cost: number;
    exceeded: boolean;
}
/**
 * cel-js has no cost hooks, so drydock meters evaluation itself: every AST node that is
 * evaluated costs 1, and an operator or function call costs a tenth of the size of its
 * arguments (string length, list or map size) more, as cel-go charges string traversals. cel-go
 * charges a comprehension several units per iteration where this charges one, so for ordinary
 * rules the count stays at or under the server's. Past the limit every node throws, so a
 * runaway rule stops within a few node evaluations instead of running to the end.
 */
export declare function evaluateMetered(program: (context: Record<string, unknown>) => unknown, context: Record<string, unknown>, limit: number): MeteredResult;
