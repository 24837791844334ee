/** Parses `--rule id=level` flags. */
export declare function parseRuleFlags(flags: readonly string[]): Record<string, string>;
