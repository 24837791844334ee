/** How a request host relates to an Ingress rule host; lower ranks win (exact before wildcard before any). */
export type HostMatch = 'exact' | 'wildcard' | 'any';

const rank: Record<HostMatch, number> = { exact: 0, wildcard: 1, any: 2 };

/** Orders host matches from the most to the least specific. */
export function compareHostMatches(a: HostMatch, b: HostMatch): number {
  return rank[a] - rank[b];
}

/**
 * Whether `ruleHost` (undefined or '' for "every host") serves `requestHost`, and how. A wildcard
 * `*.foo.com` covers exactly one extra leading label: `bar.foo.com`, not `foo.com` nor
 * `baz.bar.foo.com`. Hosts compare case-insensitively, as DNS names do.
 */
export function matchHost(ruleHost: string | undefined, requestHost: string): HostMatch | undefined {
  if (ruleHost === undefined || ruleHost === '') return 'any';
  const rule = ruleHost.toLowerCase();
  const host = stripPort(requestHost.toLowerCase());
  if (!rule.startsWith('*.')) return rule === host ? 'exact' : undefined;
  const dot = host.indexOf('.');
  if (dot <= 0) return undefined;
  return host.slice(dot + 1) === rule.slice(2) ? 'wildcard' : undefined;
}

// the Host header may carry a port; rules never do
function stripPort(host: string): string {
  if (host.startsWith('[')) return host;
  const colon = host.lastIndexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}
