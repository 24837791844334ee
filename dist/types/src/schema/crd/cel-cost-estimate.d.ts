import { type CrdSchema } from './crd-schema.js';
/**
 * apiextensions' StaticEstimatedCostLimit: the largest estimated cost of one rule (times the
 * number of places the rule's node can occur) the API server accepts when a CRD is created.
 */
export declare const staticEstimatedCostLimit = 10000000;
/**
 * Whether the API server would certainly refuse a rule at CRD creation for its estimated cost.
 * cel-go's estimator is not reproduced: this computes a lower bound of its estimate (each
 * iteration of a comprehension over a collection reached by field paths costs at least 1; a
 * collection without a bound holds as many items as fit in 3 MiB, counted from a minimum item
 * size at least as large as the server's) and flags only rules whose lower bound exceeds the
 * limit more than 100 times. `cardinality` is how many times the rule's node can occur.
 */
export declare function exceedsEstimatedCost(ast: unknown, schema: CrdSchema, cardinality: number): boolean;
/** The most items (or entries) a list or map node can hold, by its bound or the request size. */
export declare function maxElements(schema: CrdSchema | undefined): number;
