import { isObject, namespaceOf, valueAt, type Resource, type ResourceSet } from '../../resources/index.js';
import { matchHost } from './host-match.js';
import type { IngressTlsRoute, TlsSecretState } from './ingress-routing-table.js';
import type { RoutingFinding } from './routing-finding.js';

const certManagerAnnotations = ['cert-manager.io/issuer', 'cert-manager.io/cluster-issuer'];

/**
 * The TLS entries of one Ingress, each with whether its Secret exists. A Secret absent from the
 * input is only a finding when the input holds other Secrets of that namespace (it manages them,
 * so the name is likely wrong); otherwise it is usually created out of band, and cert-manager
 * issues it when the Ingress or a Certificate asks for it.
 */
export function tlsRoutesOf(
  ingress: Resource,
  className: string | undefined,
  set: ResourceSet,
  defaultNamespace: string,
): { tls: IngressTlsRoute[]; findings: RoutingFinding[] } {
  const namespace = namespaceOf(ingress, defaultNamespace);
  const entries = valueAt(ingress.object, ['spec', 'tls']);
  const tls: IngressTlsRoute[] = [];
  const findings: RoutingFinding[] = [];
  if (!Array.isArray(entries)) return { tls, findings };
  entries.forEach((entry: unknown, index) => {
    if (!isObject(entry)) return;
    const hosts = Array.isArray(entry.hosts) ? entry.hosts.filter((h): h is string => typeof h === 'string') : [];
    const secretName = typeof entry.secretName === 'string' ? entry.secretName : undefined;
    const jsonPath = ['spec', 'tls', index];
    const route: IngressTlsRoute = { ingress, namespace, hosts, secret: secretState(ingress, namespace, secretName, set, defaultNamespace), jsonPath };
    if (className !== undefined) route.className = className;
    if (secretName !== undefined) route.secretName = secretName;
    tls.push(route);
    if (route.secret === 'missing') {
      findings.push({
        code: 'tls-secret-missing', severity: 'warning', resource: ingress, path: [...jsonPath, 'secretName'],
        message: `TLS Secret "${secretName}" is not in the input, which declares other Secrets of namespace ${namespace}; ingress-nginx would serve its self-signed default certificate.`,
      });
    }
    hosts.forEach((host, hostIndex) => {
      if (ruleHostsOf(ingress).some((ruleHost) => ruleHost === host || matchHost(host, ruleHost) !== undefined)) return;
      findings.push({
        code: 'tls-host-without-rule', severity: 'info', resource: ingress, path: [...jsonPath, 'hosts', hostIndex],
        message: `TLS host "${host}" has no rule in this Ingress; the certificate is served but the Ingress routes nothing for it.`,
      });
    });
  });
  return { tls, findings };
}

function secretState(ingress: Resource, namespace: string, secretName: string | undefined, set: ResourceSet, defaultNamespace: string): TlsSecretState {
  if (secretName === undefined) return 'unknown';
  const secrets = set.ofKind('Secret', '').filter((s) => namespaceOf(s, defaultNamespace) === namespace);
  if (secrets.some((s) => s.name === secretName)) return 'found';
  const annotations = valueAt(ingress.object, ['metadata', 'annotations']);
  const viaAnnotation = isObject(annotations) && certManagerAnnotations.some((key) => typeof annotations[key] === 'string');
  const viaCertificate = set.ofKind('Certificate').some((c) =>
    namespaceOf(c, defaultNamespace) === namespace && valueAt(c.object, ['spec', 'secretName']) === secretName);
  if (viaAnnotation || viaCertificate) return 'cert-manager';
  return secrets.length > 0 ? 'missing' : 'unknown';
}

function ruleHostsOf(ingress: Resource): string[] {
  const rules = valueAt(ingress.object, ['spec', 'rules']);
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule: unknown) => (isObject(rule) && typeof rule.host === 'string' ? [rule.host] : []));
}
