/** The slowest rules of a timed lint run as a table, like ESLint's `TIMING=1`; `rows` of them, all when undefined. */
export declare function formatRuleTimings(timings: ReadonlyMap<string, number>, rows?: number): string;
