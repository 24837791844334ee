import { isIP } from 'node:net';
import { isObject, type JsonObject, type JsonPath } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { dns1035LabelError, dns1123SubdomainError, isValidPortNumber, isWildcardDns1123Subdomain, portNameError } from '../name-formats.js';
import { objectAt, objectsOf, quote } from '../read-field.js';

const pathTypes = ['Exact', 'Prefix', 'ImplementationSpecific'];
const badSequences = ['//', '/./', '/../', '%2f', '%2F'];
const badSuffixes = ['/..', '/.'];

/** ValidateIngress for networking.k8s.io/v1: hosts, paths, pathType and backends. */
export const ingress: ApiCheck = {
  id: 'ingress',
  summary: 'An Ingress has rules or a default backend, DNS hosts (optionally *.-wildcard, never IPs), a pathType and absolute paths, and backends with a service or a resource.',
  check(resource) {
    if (!isKind(resource, 'networking.k8s.io', 'Ingress') || resource.apiVersion !== 'networking.k8s.io/v1') return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    const rules = Array.isArray(spec.rules) ? spec.rules : [];
    if (rules.length === 0 && !isObject(spec.defaultBackend)) {
      out.push(finding('rulesOrBackendRequired', ['spec'], 'either defaultBackend or rules must be specified'));
    }
    if (isObject(spec.defaultBackend)) out.push(...backend(spec.defaultBackend, ['spec', 'defaultBackend']));
    for (const [rule, i] of objectsOf(rules)) {
      const path = ['spec', 'rules', i];
      if (typeof rule.host === 'string' && rule.host !== '') out.push(...host(rule.host, [...path, 'host']));
      if (!isObject(rule.http)) continue;
      const paths = rule.http.paths;
      if (!Array.isArray(paths) || paths.length === 0) out.push(finding('pathsRequired', [...path, 'http', 'paths'], 'http.paths must have at least one path'));
      for (const [item, j] of objectsOf(paths)) out.push(...httpPath(item, [...path, 'http', 'paths', j]));
    }
    for (const [tls, i] of objectsOf(spec.tls)) {
      for (const [name, j] of (Array.isArray(tls.hosts) ? tls.hosts : []).entries()) {
        if (typeof name === 'string') out.push(...host(name, ['spec', 'tls', i, 'hosts', j]));
      }
    }
    const className = spec.ingressClassName;
    const classError = typeof className === 'string' ? dns1123SubdomainError(className) : undefined;
    if (classError) out.push(finding('invalidClassName', ['spec', 'ingressClassName'], `ingressClassName ${quote(className)} ${classError}`));
    return out;
  },
};

function host(name: string, path: JsonPath): ApiFinding[] {
  if (isIP(name) !== 0) return [finding('hostIsIP', path, `host ${quote(name)} must be a DNS name, not an IP address`)];
  if (name.startsWith('*')) {
    return isWildcardDns1123Subdomain(name) ? [] : [finding('invalidHost', path, `host ${quote(name)} is not a valid wildcard DNS name (a '*.' followed by a DNS-1123 subdomain)`)];
  }
  const error = dns1123SubdomainError(name);
  return error ? [finding('invalidHost', path, `host ${quote(name)} ${error}`)] : [];
}

// validateHTTPIngressPath
function httpPath(item: JsonObject, path: JsonPath): ApiFinding[] {
  const out: ApiFinding[] = [];
  const { pathType } = item;
  const value = typeof item.path === 'string' ? item.path : '';
  // a missing pathType or backend is a schema error (required in networking.k8s.io/v1)
  if (pathType === '') {
    out.push(finding('pathTypeRequired', [...path, 'pathType'], 'pathType must be specified (Exact, Prefix or ImplementationSpecific)'));
  } else if (typeof pathType === 'string' && !pathTypes.includes(pathType)) {
    out.push(finding('invalidPathType', [...path, 'pathType'], `${quote(pathType)} is not a supported pathType (${pathTypes.join(', ')})`));
  } else if (pathType === 'Exact' || pathType === 'Prefix') {
    if (!value.startsWith('/')) out.push(finding('relativePath', [...path, 'path'], `path ${quote(value)} must be an absolute path (start with '/')`));
    const sequence = badSequences.find((bad) => value.includes(bad));
    if (sequence) out.push(finding('invalidPathSequence', [...path, 'path'], `path ${quote(value)} must not contain '${sequence}'`));
    const suffix = badSuffixes.find((bad) => value.endsWith(bad));
    if (suffix) out.push(finding('invalidPathSequence', [...path, 'path'], `path ${quote(value)} cannot end with '${suffix}'`));
  } else if (value !== '' && !value.startsWith('/')) {
    out.push(finding('relativePath', [...path, 'path'], `path ${quote(value)} must be an absolute path (start with '/')`));
  }
  if (isObject(item.backend)) out.push(...backend(item.backend, [...path, 'backend']));
  return out;
}

// validateIngressBackend
function backend(value: JsonObject, path: JsonPath): ApiFinding[] {
  const hasService = isObject(value.service);
  const hasResource = isObject(value.resource);
  if (hasService && hasResource) return [finding('serviceAndResource', path, 'a backend cannot set both service and resource')];
  if (!hasService && !hasResource) return [finding('backendTargetRequired', path, 'a backend must specify service or resource')];
  if (!isObject(value.service)) return [];
  const out: ApiFinding[] = [];
  const service = value.service;
  const servicePath = [...path, 'service'];
  // a missing name is a schema error (required); an empty one only the server catches
  if (service.name === '') out.push(finding('serviceNameRequired', [...servicePath, 'name'], 'service.name must not be empty'));
  else if (typeof service.name === 'string') {
    const error = dns1035LabelError(service.name);
    if (error) out.push(finding('invalidServiceName', [...servicePath, 'name'], `service name ${quote(service.name)} ${error}`));
  }
  const port = isObject(service.port) ? service.port : {};
  const hasName = typeof port.name === 'string' && port.name !== '';
  const hasNumber = typeof port.number === 'number' && port.number !== 0;
  if (hasName && hasNumber) out.push(finding('portNameAndNumber', [...servicePath, 'port'], 'a service port cannot set both name and number'));
  else if (!hasName && !hasNumber) out.push(finding('portRequired', [...servicePath, 'port'], 'a service port name or number is required'));
  else if (hasNumber && !isValidPortNumber(port.number)) out.push(finding('invalidPort', [...servicePath, 'port', 'number'], `${String(port.number)} is not a port number between 1 and 65535`));
  else if (hasName) {
    const error = portNameError(port.name as string);
    if (error) out.push(finding('invalidPort', [...servicePath, 'port', 'name'], `port name ${quote(port.name)} ${error}`));
  }
  return out;
}
