/** How a request host relates to an Ingress rule host; lower ranks win (exact before wildcard before any). */
export type HostMatch = 'exact' | 'wildcard' | 'any';
/** Orders host matches from the most to the least specific. */
export declare function compareHostMatches(a: HostMatch, b: HostMatch): number;
/**
 * Whether `ruleHost` (undefined or '' for "every host") serves `requestHost`, and how. A wildcard
 * `*.foo.com` covers exactly one extra leading label: `bar.foo.com`, not `foo.com` nor
 * `baz.bar.foo.com`. Hosts compare case-insensitively, as DNS names do.
 */
export declare function matchHost(ruleHost: string | undefined, requestHost: string): HostMatch | undefined;
