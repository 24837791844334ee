import type { JsonPath, Resource } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { groupOf, hasServerMetadata, isBuiltInKind, isKind } from '../builtin-kinds.js';
import {
  dns1035LabelError, dns1123LabelError, dns1123SubdomainError, maskTrailingDash, pathSegmentNameError,
} from '../name-formats.js';
import { objectAt, quote } from '../read-field.js';

type NameRule = (name: string, isPrefix: boolean) => string | undefined;

const subdomain: NameRule = (name, isPrefix) => dns1123SubdomainError(isPrefix ? maskTrailingDash(name) : name);
const label: NameRule = (name, isPrefix) => dns1123LabelError(isPrefix ? maskTrailingDash(name) : name);
const label1035: NameRule = (name, isPrefix) => dns1035LabelError(isPrefix ? maskTrailingDash(name) : name);

// The per-kind name validators upstream passes to ValidateObjectMeta.
function ruleFor(resource: Resource): NameRule {
  const group = groupOf(resource);
  if (group === '' && resource.kind === 'Namespace') return label; // ValidateNamespaceName
  if (group === '' && resource.kind === 'Service') return label1035; // ValidateServiceName
  if (isKind(resource, 'apps', 'StatefulSet')) return label; // ValidateStatefulSetName, DNS label since 1.27
  if (group === 'rbac.authorization.k8s.io') return pathSegmentNameError; // ValidateRBACName
  return subdomain; // NameIsDNSSubdomain, also for custom resources
}

/** Extra length limits that come from names the controllers derive from this one. */
function lengthError(resource: Resource, name: string): string | undefined {
  // validateCronJob: the Job name adds an 11-character suffix to a 63-character label
  if (isKind(resource, 'batch', 'CronJob') && name.length > 52) return 'must be no more than 52 characters';
  // the Job's name becomes the batch.kubernetes.io/job-name label of its pods (a label value)
  const manual = objectAt(resource.object, ['spec'])?.manualSelector === true;
  if (isKind(resource, 'batch', 'Job') && !manual && name.length > 63) {
    return 'must be no more than 63 characters, because it becomes the job-name label of its pods';
  }
  return undefined;
}

/** `metadata.name` (or `generateName`) is present and valid for the kind. */
export const objectName: ApiCheck = {
  id: 'object-name',
  summary: 'metadata.name (or generateName) is present and valid for the kind.',
  check(resource, { resources }) {
    if (!hasServerMetadata(resource, resources)) return [];
    const metadata = objectAt(resource.object, ['metadata']);
    if (!metadata) return [];
    const out: ApiFinding[] = [];
    const rule = ruleFor(resource);
    const { name, generateName } = metadata;
    if (typeof generateName === 'string' && generateName !== '') {
      const error = rule(generateName, true);
      if (error) out.push(finding('invalidGenerateName', ['metadata', 'generateName'], `${quote(generateName)} ${error}`));
    }
    const path: JsonPath = ['metadata', 'name'];
    if (name === undefined || name === null || name === '') {
      const hasGenerate = typeof generateName === 'string' && generateName !== '';
      if (!hasGenerate && isBuiltInKind(resource)) out.push(finding('nameRequired', path, 'name or generateName is required'));
      return out;
    }
    if (typeof name !== 'string') return out;
    const error = rule(name, false) ?? lengthError(resource, name) ?? crdNameError(resource, name);
    if (error) out.push(finding('invalidName', path, `${quote(name)} ${error}`));
    return out;
  },
};

// ValidateCustomResourceDefinition: the name must be `<spec.names.plural>.<spec.group>`.
function crdNameError(resource: Resource, name: string): string | undefined {
  if (!isKind(resource, 'apiextensions.k8s.io', 'CustomResourceDefinition')) return undefined;
  const spec = objectAt(resource.object, ['spec']);
  const plural = objectAt(spec, ['names'])?.plural;
  if (typeof spec?.group !== 'string' || typeof plural !== 'string') return undefined;
  const expected = `${plural}.${spec.group}`;
  return name === expected ? undefined : `must be spec.names.plural + "." + spec.group (${quote(expected)})`;
}
