import type { HttpBackendRoute, HttpRouteMatch, HttpRouteTable } from './http-route-table.js';
import { pathMatches } from './path-match.js';

/** How Gateway API HTTPRoutes answer one GET request. */
export interface HttpRouteExplanation {
  url: string;
  host?: string;
  path?: string;
  match?: HttpRouteMatch;
  /** The backends of the winning match with their share of requests (0 to 1). */
  backends: { backend: HttpBackendRoute; share: number }[];
  notes: string[];
  reason?: string;
}

/**
 * Which HTTPRoute match answers a plain GET of `url`. Hostnames match exactly or by a wildcard
 * suffix (`*.example.com` covers any number of extra labels, unlike Ingress). Among matching
 * entries: the more specific hostname, then Exact path, then the longest PathPrefix, then a
 * method match; ties go to input order (the real tie-break is the oldest route). Matches that
 * need headers or query parameters are left out: a plain request does not carry them.
 */
export function explainHttpRoute(url: string, table: HttpRouteTable): HttpRouteExplanation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, backends: [], notes: [], reason: `"${url}" is not an absolute URL.` };
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  const explanation: HttpRouteExplanation = { url, host, path, backends: [], notes: [] };
  const candidates = table.matches.flatMap((match) => {
    const hostRank = hostnameRank(match.hostnames, host);
    if (hostRank === undefined) return [];
    if (match.pathType === 'RegularExpression') {
      explanation.notes.push(`HTTPRoute ${match.namespace}/${match.route.name} has a RegularExpression path ${match.path}; drydock does not evaluate it.`);
      return [];
    }
    if (!pathMatches(match.pathType === 'Exact' ? 'Exact' : 'Prefix', match.path, path)) return [];
    if (match.headerCount > 0 || match.queryParamCount > 0 || (match.method !== undefined && match.method !== 'GET')) {
      explanation.notes.push(`HTTPRoute ${match.namespace}/${match.route.name} also matches ${match.path} for requests with a given method, headers or query parameters.`);
      return [];
    }
    return [{ match, hostRank }];
  });
  candidates.sort((a, b) => b.hostRank - a.hostRank || comparePrecedence(a.match, b.match));
  const winner = candidates[0]?.match;
  if (!winner) {
    explanation.reason = table.matches.length === 0 ? 'The input has no HTTPRoutes.' : `No HTTPRoute matches ${host}${path}: the Gateway answers 404.`;
    return explanation;
  }
  explanation.match = winner;
  const total = winner.backends.reduce((sum, b) => sum + b.weight, 0);
  explanation.backends = winner.backends.map((backend) => ({ backend, share: total > 0 ? backend.weight / total : 0 }));
  if (winner.backends.length === 0) explanation.notes.push('The rule has no backendRefs: the Gateway answers 500.');
  return explanation;
}

// exact hostnames rank above wildcards, longer wildcards above shorter, no hostname lowest
function hostnameRank(hostnames: readonly string[], host: string): number | undefined {
  if (hostnames.length === 0) return 0;
  let best: number | undefined;
  for (const name of hostnames.map((h) => h.toLowerCase())) {
    const rank = name === host ? 10_000 : name.startsWith('*.') && host.endsWith(name.slice(1)) ? name.length : undefined;
    if (rank !== undefined && (best === undefined || rank > best)) best = rank;
  }
  return best;
}

function comparePrecedence(a: HttpRouteMatch, b: HttpRouteMatch): number {
  const exact = Number(b.pathType === 'Exact') - Number(a.pathType === 'Exact');
  if (exact !== 0) return exact;
  if (a.path.length !== b.path.length) return b.path.length - a.path.length;
  return Number(b.method !== undefined) - Number(a.method !== undefined);
}
