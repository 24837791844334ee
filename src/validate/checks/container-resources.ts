import { isObject, type JsonObject, type JsonPath, compareQuantities, parseQuantity, type Quantity } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { containersIn } from '../containers.js';
import { qualifiedNameError } from '../name-formats.js';
import { quote } from '../read-field.js';

const standardContainerResources = ['cpu', 'memory', 'ephemeral-storage'];

// IsExtendedResourceName: a domain-prefixed name outside kubernetes.io, not a quota `requests.` name
function isExtended(name: string): boolean {
  if (!name.includes('/') || name.startsWith('kubernetes.io/') || name.includes('.kubernetes.io/')) return false;
  return !name.startsWith('requests.') && qualifiedNameError(`requests.${name}`) === undefined;
}

function isContainerResource(name: string): boolean {
  return standardContainerResources.includes(name) || name.startsWith('hugepages-') || isExtended(name);
}

/** ValidateResourceRequirements: names, non-negative quantities, requests ≤ limits, extended resources not overcommitted. */
export const containerResources: ApiCheck = {
  id: 'container-resources',
  summary: 'Container resource names and quantities are valid, requests do not exceed limits, and extended resources have equal requests and limits.',
  check(resource) {
    const out: ApiFinding[] = [];
    for (const container of containersIn(resource)) {
      const resources = container.spec.resources;
      if (isObject(resources)) out.push(...requirements(resources, [...container.path, 'resources']));
    }
    return out;
  },
};

function parseList(list: unknown, path: JsonPath, out: ApiFinding[]): Map<string, Quantity> {
  const parsed = new Map<string, Quantity>();
  if (!isObject(list)) return parsed;
  for (const [name, value] of Object.entries(list)) {
    const at = [...path, name];
    if (!isContainerResource(name)) {
      out.push(finding('unknownResource', at, `${quote(name)} is not a standard resource for containers (cpu, memory, ephemeral-storage, hugepages-<size>, or a domain-prefixed extended resource)`, 'key'));
      continue;
    }
    // a value that is not a quantity is a schema error (schema-walker.ts checks every Quantity field)
    const quantity = parseQuantity(value);
    if (!quantity) continue;
    if (quantity.mantissa < 0n) out.push(finding('negativeQuantity', at, `${quote(value)} must be greater than or equal to 0`));
    parsed.set(name, quantity);
  }
  return parsed;
}

function requirements(resources: JsonObject, path: JsonPath): ApiFinding[] {
  const out: ApiFinding[] = [];
  const limits = parseList(resources.limits, [...path, 'limits'], out);
  const requests = parseList(resources.requests, [...path, 'requests'], out);
  for (const [name, request] of requests) {
    const at = [...path, 'requests', name];
    const limit = limits.get(name);
    if (isExtended(name)) {
      if (!limit) out.push(finding('extendedLimitRequired', [...path, 'limits'], `a limit must be set for ${quote(name)}, which cannot be overcommitted`));
      else if (compareQuantities(request, limit) !== 0) out.push(finding('extendedNotEqual', at, `the request for ${quote(name)} must equal its limit, because it cannot be overcommitted`));
    } else if (limit && compareQuantities(request, limit) > 0) {
      out.push(finding('requestAboveLimit', at, `the request for ${quote(name)} must be less than or equal to its limit`));
    }
  }
  return out;
}
