import type {
  HttpRouteExplanation,
  HttpRouteTable,
  IngressBackendRoute,
  IngressRoutingTable,
  PortEndpoint,
  RouteExplanation,
  RoutingFinding,
  ServicePortRoute,
  ServiceRoute,
} from '../../plan/index.js';
import { formatPath } from '../../resources/index.js';
import type { Palette } from '../colors.js';
import { codeSpan, escapeMarkdown } from '../markdown-escape.js';

// a Deployment of 50 replicas should not print 50 Pods per line
const shownEndpoints = 4;

const stateText: Record<ServiceRoute['state'], string> = {
  'routes': 'routes',
  'selects-no-pods': 'selects no Pods',
  'no-ready-pods': 'no ready Pods',
  'no-selector': 'no selector (endpoints managed by hand)',
  'external-name': 'ExternalName',
};

/** The first endpoints of a list routing capped, and how many more there are of `count` in all. */
function endpointList(endpoints: readonly PortEndpoint[], count: number): string {
  if (count === 0) return 'no Pods';
  const shown = endpoints.slice(0, shownEndpoints).map((e) => `${e.pod.name}:${e.port}`);
  const more = count > shown.length ? `, … ${count - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}

function portText(port: ServicePortRoute): string {
  const node = port.nodePort !== undefined ? ` (nodePort ${port.nodePort})` : '';
  return `${port.port}/${port.protocol}${node} → ${port.targetPort}`;
}

function serviceFacts(route: ServiceRoute): string {
  const type = route.isHeadless ? 'headless' : route.type;
  const target = route.externalName !== undefined ? ` → ${route.externalName}` : '';
  return `${type}${target}, ${stateText[route.state]}`;
}

function backendText(backend: IngressBackendRoute): string {
  if (backend.resourceRef) return `${backend.resourceRef.kind}/${backend.resourceRef.name}`;
  return `${backend.serviceName ?? '?'}:${backend.servicePort ?? '?'}`;
}

function findingWhere(finding: RoutingFinding): string {
  const range = finding.resource.rangeOf(finding.path);
  return `${range.file}:${range.start.line}:${range.start.column}`;
}

function classLabel(className: string | undefined): string {
  return className === undefined ? 'no class' : `class ${className}`;
}

/** Services, then the Ingress routing table per class and host, then routing findings, for a terminal. */
export function routingTextLines(services: readonly ServiceRoute[], table: IngressRoutingTable, palette: Palette): string[] {
  const out: string[] = [];
  if (services.length > 0) out.push(palette.bold('Services'));
  for (const route of services) {
    const facts = serviceFacts(route);
    out.push(`  ${route.namespace}/${route.name}  ${route.state === 'routes' || route.state === 'external-name' ? facts : palette.yellow(facts)}`);
    for (const port of route.ports) out.push(`    ${portText(port)}: ${endpointList(port.endpoints, port.endpointCount)}`);
    for (const dns of route.podDnsNames) out.push(palette.dim(`    ${dns.name}`));
    const moreNames = route.podDnsNameCount - route.podDnsNames.length;
    if (moreNames > 0) out.push(palette.dim(`    … and ${moreNames} more Pod DNS names`));
  }
  for (const group of table.hosts) {
    out.push(palette.bold(`Ingress ${group.host ?? '(any host)'} (${classLabel(group.className)})`));
    for (const path of group.paths) {
      const route = `  ${path.path}  ${path.pathType}  → ${backendText(path.backend)}`;
      const source = palette.dim(`  [${path.namespace}/${path.ingress.name}]`);
      if (path.shadowedBy) out.push(palette.dim(`${route}  unreachable (${path.shadowedBy.path} ${path.shadowedBy.pathType} first)`) + source);
      else out.push(`${route} → ${path.backend.problem ? palette.yellow(endpointList(path.backend.endpoints, path.backend.endpointCount)) : endpointList(path.backend.endpoints, path.backend.endpointCount)}${source}`);
    }
  }
  const fallbacks = table.defaultBackends.filter((d) => !d.isOverridden);
  if (fallbacks.length + table.tls.length > 0) out.push(palette.bold('Ingress default backends and TLS'));
  for (const fallback of fallbacks) {
    out.push(`  default backend (${classLabel(fallback.className)}) → ${backendText(fallback.backend)} → ${endpointList(fallback.backend.endpoints, fallback.backend.endpointCount)}`);
  }
  for (const tls of table.tls) {
    out.push(`  TLS ${tls.hosts.join(', ') || '(all hosts)'}: Secret ${tls.secretName ?? '(controller default)'} (${tls.secret})`);
  }
  const findings = [...services.flatMap((s) => s.findings), ...table.findings];
  if (findings.length > 0) out.push(palette.bold('Routing findings'));
  for (const finding of findings) {
    const severity = finding.severity === 'warning' ? palette.yellow('warning') : finding.severity === 'error' ? palette.red('error') : palette.blue('info');
    out.push(`  ${findingWhere(finding)}  ${severity}  ${finding.message}  ${palette.dim(finding.code)}`);
  }
  return out;
}

/** The same routing facts as Markdown tables. */
export function routingMarkdownLines(services: readonly ServiceRoute[], table: IngressRoutingTable): string[] {
  const out: string[] = [];
  if (services.length > 0) {
    out.push('#### Services', '', '| Service | Type and state | Port → Pods |', '|---|---|---|');
    for (const route of services) {
      const ports = route.ports.map((p) => `${portText(p)}: ${endpointList(p.endpoints, p.endpointCount)}`).join('\n') || '-';
      out.push(`| ${codeSpan(`${route.namespace}/${route.name}`)} | ${escapeMarkdown(serviceFacts(route))} | ${escapeMarkdown(ports)} |`);
    }
    out.push('');
  }
  if (table.hosts.length > 0) {
    out.push('#### Ingress routes', '', '| Class | Host | Path | Backend | Pods | Ingress |', '|---|---|---|---|---|---|');
    for (const group of table.hosts) {
      for (const path of group.paths) {
        const pods = path.shadowedBy ? `unreachable (${path.shadowedBy.path} ${path.shadowedBy.pathType} first)` : endpointList(path.backend.endpoints, path.backend.endpointCount);
        out.push(`| ${escapeMarkdown(group.className ?? '-')} | ${escapeMarkdown(group.host ?? '*')} | ${codeSpan(path.path)} ${path.pathType} | ${escapeMarkdown(backendText(path.backend))} | ${escapeMarkdown(pods)} | ${escapeMarkdown(`${path.namespace}/${path.ingress.name}`)} |`);
      }
    }
    out.push('');
  }
  const findings = [...services.flatMap((s) => s.findings), ...table.findings];
  if (findings.length > 0) {
    for (const item of findings.map((f) => `- ${f.severity === 'info' ? 'ℹ️' : '⚠️'} ${codeSpan(findingWhere(f))} ${escapeMarkdown(f.message)}`)) out.push(item);
    out.push('');
  }
  return out;
}

/** One request's route: per controller class, the rule, Service, port and Pods, with notes. */
export function routeExplanationLines(explanation: RouteExplanation, palette: Palette): string[] {
  const out = [palette.bold(`route ${explanation.url}`)];
  if (explanation.reason) out.push(`  ${palette.yellow(explanation.reason)}`);
  for (const answer of explanation.answers) {
    const head = `  ${classLabel(answer.className)}:`;
    if (answer.via === 'rule' && answer.rule) {
      out.push(`${head} host ${answer.rule.host ?? '*'} (${answer.hostMatch}), path ${answer.rule.path} ${answer.rule.pathType} of Ingress ${answer.rule.namespace}/${answer.rule.ingress.name}`);
    } else if (answer.via === 'default-backend' && answer.defaultBackend) {
      out.push(`${head} no rule matches; defaultBackend of Ingress ${answer.defaultBackend.namespace}/${answer.defaultBackend.ingress.name}`);
    } else {
      out.push(`${head} no rule matches; the controller's default backend answers 404`);
    }
    if (answer.backend) {
      const port = answer.backend.port ? ` (port ${answer.backend.port.port} → ${answer.backend.port.targetPort})` : '';
      out.push(`    → Service ${backendText(answer.backend)}${port}`);
      const pods = endpointList(answer.endpoints, answer.endpointCount);
      out.push(`    → Pods: ${answer.endpointCount > 0 ? pods : palette.yellow('none')}`);
    }
    if (answer.tls) out.push(`    TLS: Secret ${answer.tls.secretName ?? '(controller default)'} (${answer.tls.secret})`);
    for (const note of answer.notes) out.push(`    note: ${note}`);
  }
  return out;
}

/** Gateway API HTTPRoute matches with their weighted backends, for a terminal. */
export function httpRouteTextLines(table: HttpRouteTable, palette: Palette): string[] {
  if (table.matches.length === 0) return [];
  const out = [palette.bold('HTTPRoutes')];
  for (const match of table.matches) {
    const hosts = match.hostnames.length > 0 ? match.hostnames.join(', ') : '(any host)';
    const conditions = [match.method, match.headerCount > 0 ? `${match.headerCount} header(s)` : '', match.queryParamCount > 0 ? `${match.queryParamCount} query param(s)` : '']
      .filter(Boolean).join(', ');
    const backends = match.backends.map((b) => `${b.name}:${b.port ?? '?'} ×${b.weight} → ${endpointList(b.endpoints, b.endpointCount)}`).join('; ') || 'no backends';
    out.push(`  ${hosts} ${match.path} ${match.pathType}${conditions ? ` [${conditions}]` : ''} → ${backends}  ${palette.dim(`[${match.namespace}/${match.route.name}]`)}`);
  }
  for (const finding of table.findings) out.push(`  ${findingWhere(finding)}  ${palette.yellow('warning')}  ${finding.message}  ${palette.dim(finding.code)}`);
  return out;
}

/** One request through HTTPRoutes: the winning match and the share each backend gets. */
export function httpRouteExplanationLines(explanation: HttpRouteExplanation, palette: Palette): string[] {
  const out = [palette.bold(`HTTPRoute ${explanation.url}`)];
  if (explanation.reason) out.push(`  ${palette.yellow(explanation.reason)}`);
  const match = explanation.match;
  if (match) out.push(`  ${match.path} ${match.pathType} of HTTPRoute ${match.namespace}/${match.route.name}`);
  for (const { backend, share } of explanation.backends) {
    out.push(`    → ${Math.round(share * 100)}% Service ${backend.namespace}/${backend.name}:${backend.port ?? '?'} → ${endpointList(backend.endpoints, backend.endpointCount)}`);
  }
  for (const note of explanation.notes) out.push(`    note: ${note}`);
  return out;
}

/** How the HTTPRoutes answer the request: the winning match and each backend's share. */
function httpRouteExplanationJson(explanation: HttpRouteExplanation): Record<string, unknown> {
  const { match } = explanation;
  return {
    reason: explanation.reason ?? null,
    match: match ? { httpRoute: `${match.namespace}/${match.route.name}`, hostnames: match.hostnames, path: match.path, pathType: match.pathType } : null,
    backends: explanation.backends.map(({ backend, share }) => ({
      kind: backend.kind,
      service: `${backend.namespace}/${backend.name}`,
      port: backend.port ?? null,
      share,
      problem: backend.problem ?? null,
      endpoints: endpointJson(backend.endpoints),
      endpointCount: backend.endpointCount,
    })),
    notes: explanation.notes,
  };
}

function endpointJson(endpoints: readonly PortEndpoint[]): Record<string, unknown>[] {
  return endpoints.map((e) => ({ pod: e.pod.name, port: e.port, node: e.pod.node ?? null }));
}

function backendJson(backend: IngressBackendRoute): Record<string, unknown> {
  return {
    service: backend.serviceName ?? null,
    port: backend.servicePort ?? null,
    resource: backend.resourceRef ?? null,
    problem: backend.problem ?? null,
    endpoints: endpointJson(backend.endpoints),
    endpointCount: backend.endpointCount,
  };
}

function findingJson(finding: RoutingFinding): Record<string, unknown> {
  const range = finding.resource.rangeOf(finding.path);
  const { apiVersion, kind, name, namespace } = finding.resource;
  return {
    code: finding.code, severity: finding.severity, message: finding.message,
    resource: { apiVersion, kind, namespace: namespace ?? null, name }, path: formatPath(finding.path),
    file: range.file, line: range.start.line, column: range.start.column,
  };
}

/**
 * The routing facts as plain JSON for the plan JSON's `routing` key: names, numbers and states
 * only (never the objects, so no Secret data), with findings positioned.
 */
export function routingJsonValue(services: readonly ServiceRoute[], table: IngressRoutingTable, httpRoutes?: HttpRouteTable): Record<string, unknown> {
  return {
    services: services.map((s) => ({
      namespace: s.namespace, name: s.name, type: s.type, headless: s.isHeadless, dnsName: s.dnsName,
      externalName: s.externalName ?? null, state: s.state,
      selectedPods: s.selectedPods.map((p) => p.name), selectedPodCount: s.selectedPodCount,
      readyPods: s.readyPods.map((p) => p.name), readyPodCount: s.readyPodCount,
      ports: s.ports.map((p) => ({
        name: p.name ?? null, port: p.port, protocol: p.protocol, targetPort: p.targetPort, nodePort: p.nodePort ?? null,
        endpoints: endpointJson(p.endpoints), endpointCount: p.endpointCount,
        missingTargetPort: p.missingTargetPort.map((pod) => pod.name), missingTargetPortCount: p.missingTargetPortCount,
      })),
      podDnsNames: s.podDnsNames.map((d) => d.name), podDnsNameCount: s.podDnsNameCount,
    })),
    ingress: {
      hosts: table.hosts.map((h) => ({
        class: h.className ?? null, host: h.host ?? null,
        paths: h.paths.map((p) => ({
          ingress: `${p.namespace}/${p.ingress.name}`, path: p.path, pathType: p.pathType, backend: backendJson(p.backend),
          shadowedBy: p.shadowedBy ? { ingress: `${p.shadowedBy.namespace}/${p.shadowedBy.ingress.name}`, path: p.shadowedBy.path, pathType: p.shadowedBy.pathType } : null,
        })),
      })),
      defaultBackends: table.defaultBackends.map((d) => ({ ingress: `${d.namespace}/${d.ingress.name}`, class: d.className ?? null, overridden: d.isOverridden, backend: backendJson(d.backend) })),
      tls: table.tls.map((t) => ({ ingress: `${t.namespace}/${t.ingress.name}`, class: t.className ?? null, hosts: t.hosts, secretName: t.secretName ?? null, secret: t.secret })),
    },
    httpRoutes: (httpRoutes?.matches ?? []).map((m) => ({
      route: `${m.namespace}/${m.route.name}`, parents: m.parents, hostnames: m.hostnames, pathType: m.pathType, path: m.path,
      method: m.method ?? null, headerCount: m.headerCount, queryParamCount: m.queryParamCount,
      backends: m.backends.map((b) => ({ service: `${b.namespace}/${b.name}`, port: b.port ?? null, weight: b.weight, problem: b.problem ?? null, endpoints: endpointJson(b.endpoints), endpointCount: b.endpointCount })),
    })),
    findings: [...services.flatMap((s) => s.findings), ...table.findings, ...(httpRoutes?.findings ?? [])].map(findingJson),
  };
}

/** One `--route` explanation as plain JSON: names and numbers, never the objects. */
export function routeExplanationJson(explanation: RouteExplanation, httpRoute?: HttpRouteExplanation): Record<string, unknown> {
  return {
    httpRoute: httpRoute ? httpRouteExplanationJson(httpRoute) : null,
    url: explanation.url,
    host: explanation.host ?? null,
    path: explanation.path ?? null,
    reason: explanation.reason ?? null,
    answers: explanation.answers.map((answer) => ({
      class: answer.className ?? null,
      via: answer.via,
      hostMatch: answer.hostMatch ?? null,
      rule: answer.rule ? { ingress: `${answer.rule.namespace}/${answer.rule.ingress.name}`, host: answer.rule.host ?? null, path: answer.rule.path, pathType: answer.rule.pathType } : null,
      defaultBackend: answer.defaultBackend ? { ingress: `${answer.defaultBackend.namespace}/${answer.defaultBackend.ingress.name}` } : null,
      backend: answer.backend ? backendJson(answer.backend) : null,
      endpoints: endpointJson(answer.endpoints),
      endpointCount: answer.endpointCount,
      tls: answer.tls ? { secretName: answer.tls.secretName ?? null, secret: answer.tls.secret } : null,
      notes: answer.notes,
    })),
  };
}
