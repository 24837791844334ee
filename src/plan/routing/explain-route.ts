import { compareHostMatches, matchHost, type HostMatch } from './host-match.js';
import type {
  IngressBackendRoute,
  IngressDefaultBackend,
  IngressHostRoutes,
  IngressPathRoute,
  IngressRoutingTable,
  IngressTlsRoute,
} from './ingress-routing-table.js';
import { pathMatches } from './path-match.js';
import type { PortEndpoint, ServiceRoute } from './service-route.js';

/** How one controller class answers a request. */
export interface RouteAnswer {
  className?: string;
  /** `rule`: an Ingress path; `default-backend`: an Ingress `defaultBackend`; `controller-default`: the controller's own 404. */
  via: 'rule' | 'default-backend' | 'controller-default';
  hostMatch?: HostMatch;
  hostRoutes?: IngressHostRoutes;
  rule?: IngressPathRoute;
  defaultBackend?: IngressDefaultBackend;
  backend?: IngressBackendRoute;
  /** The first Pods (at most `maxListedPods`) that could answer, with the container port the request reaches. */
  endpoints: PortEndpoint[];
  /** How many Pods could answer in all. */
  endpointCount: number;
  /** The TLS entry that covers the host, if any. */
  tls?: IngressTlsRoute;
  notes: string[];
}

/** What happens to one request URL: an answer per controller class that serves its host. */
export interface RouteExplanation {
  url: string;
  scheme?: string;
  host?: string;
  path?: string;
  answers: RouteAnswer[];
  /** Why nothing answers (bad URL, no Ingress for the host). */
  reason?: string;
}

/**
 * Explains which Ingress rule, Service, port and Pods would answer `url` (such as
 * `https://shop.example.com/api/cart`). The URL is parsed with the WHATWG `URL` class, so the
 * path is normalised (dot segments, percent-encoding) as a browser would send it. Per class the
 * most specific host wins (exact, then wildcard, then rules without host) and there is no fall
 * through to a less specific host when no path matches: the default backend answers instead.
 * `services` is optional: the table already links each backend to its Service route.
 */
export function explainRoute(url: string, table: IngressRoutingTable, _services?: readonly ServiceRoute[]): RouteExplanation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, answers: [], reason: `"${url}" is not an absolute URL such as https://shop.example.com/api.` };
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  const explanation: RouteExplanation = { url, scheme, host: parsed.hostname, path: parsed.pathname, answers: [] };
  if (scheme !== 'http' && scheme !== 'https') {
    explanation.reason = `Ingress routes only http and https, not ${scheme}.`;
    return explanation;
  }
  for (const className of classesOf(table)) {
    const answer = answerFor(className, parsed.hostname, parsed.pathname, table);
    if (!answer) continue;
    addTlsNotes(answer, scheme, parsed.hostname, table);
    explanation.answers.push(answer);
  }
  if (explanation.answers.length === 0) {
    explanation.reason = table.hosts.length === 0 && table.defaultBackends.length === 0
      ? 'The input has no Ingress rules.'
      : `No Ingress rule serves host ${parsed.hostname} and no Ingress sets a defaultBackend.`;
  }
  return explanation;
}

function classesOf(table: IngressRoutingTable): (string | undefined)[] {
  const names = [...table.hosts.map((h) => h.className), ...table.defaultBackends.map((d) => d.className)];
  return [...new Set(names)];
}

function answerFor(className: string | undefined, host: string, path: string, table: IngressRoutingTable): RouteAnswer | undefined {
  const candidates = table.hosts
    .filter((group) => group.className === className)
    .flatMap((group) => {
      const match = matchHost(group.host, host);
      return match ? [{ group, match }] : [];
    })
    .sort((a, b) => compareHostMatches(a.match, b.match));
  const fallback = table.defaultBackends.find((d) => d.className === className && !d.isOverridden);
  const best = candidates[0];
  if (!best && !fallback) return undefined;
  const answer: RouteAnswer = { via: 'controller-default', endpoints: [], endpointCount: 0, notes: [] };
  if (className !== undefined) answer.className = className;
  else answer.notes.push('These Ingresses have no class: only a controller that watches class-less Ingresses serves them.');
  if (best) {
    answer.hostMatch = best.match;
    answer.hostRoutes = best.group;
    // paths are in precedence order; a shadowed path never answers
    const rule = best.group.paths.find((p) => !p.shadowedBy && pathMatches(p.pathType, p.path, path));
    if (rule) return withBackend({ ...answer, via: 'rule', rule }, rule.backend);
  }
  if (fallback) return withBackend({ ...answer, via: 'default-backend', defaultBackend: fallback }, fallback.backend);
  answer.notes.push(`No path of host ${best?.group.host ?? '*'} matches ${path}; the controller answers 404 (its default backend).`);
  return answer;
}

function withBackend(answer: RouteAnswer, backend: IngressBackendRoute): RouteAnswer {
  answer.backend = backend;
  answer.endpoints = backend.endpoints;
  answer.endpointCount = backend.endpointCount;
  const name = backend.serviceName ?? '';
  if (backend.problem === 'service-missing') answer.notes.push(`Service ${name} is not in the input: 503.`);
  if (backend.problem === 'port-missing') answer.notes.push(`Service ${name} has no port ${String(backend.servicePort)}: 503.`);
  if (backend.problem === 'no-pods') answer.notes.push(`Service ${name} has no ready Pod for this port: 503.`);
  if (backend.problem === 'not-a-service') answer.notes.push(`The backend is a ${backend.resourceRef?.kind ?? ''} resource; what answers depends on the controller.`);
  if (backend.service?.state === 'external-name') answer.notes.push(`Service ${name} is an ExternalName for ${backend.service.externalName ?? '?'}.`);
  const pending = backend.service ? backend.service.selectedPodCount - backend.service.readyPodCount : 0;
  if (pending > 0) answer.notes.push(`${pending} selected ${pending === 1 ? 'Pod is' : 'Pods are'} Pending (no node fits) and get no traffic.`);
  if (backend.service?.state === 'no-selector') answer.notes.push(`Service ${name} has no selector: its endpoints are managed by hand.`);
  return answer;
}

function addTlsNotes(answer: RouteAnswer, scheme: string, host: string, table: IngressRoutingTable): void {
  const tls = table.tls.find((t) => t.className === answer.className && t.hosts.some((h) => matchHost(h, host) !== undefined));
  if (tls) answer.tls = tls;
  if (scheme === 'https' && !tls) {
    answer.notes.push(`No TLS entry covers ${host}: the controller serves its default (self-signed) certificate.`);
  } else if (scheme === 'https' && tls?.secret === 'missing') {
    answer.notes.push(`TLS Secret ${tls.secretName ?? ''} is missing: the controller serves its default (self-signed) certificate.`);
  } else if (scheme === 'http' && tls) {
    answer.notes.push(`${host} has TLS: ingress-nginx redirects http to https by default (ssl-redirect).`);
  }
}
