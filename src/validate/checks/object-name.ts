import type { JsonPath, Resource } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { crdOf, groupOf, hasServerMetadata, isBuiltInKind, isKind } from '../builtin-kinds.js';
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
    // a name is required of a built-in kind, or of a custom resource whose CRD is in the input (without
    // it, drydock cannot tell a served object from a tool's config file such as an IstioOperator)
    const needsName = isBuiltInKind(resource) || crdOf(resource, resources) !== undefined;
    const path: JsonPath = ['metadata', 'name'];
    const metadata = objectAt(resource.object, ['metadata']);
    // no metadata at all (or null) is an object without a name; a metadata that is not an object is a schema error
    if (!metadata) {
      const absent = resource.object.metadata === undefined || resource.object.metadata === null;
      return absent && needsName ? [finding('nameRequired', path, 'name or generateName is required')] : [];
    }
    const out: ApiFinding[] = [];
    const rule = ruleFor(resource);
    const { name, generateName } = metadata;
    if (typeof generateName === 'string' && generateName !== '') {
      const error = rule(generateName, true);
      if (error) out.push(finding('invalidGenerateName', ['metadata', 'generateName'], `${quote(generateName)} ${error}`));
    }
    if (name === undefined || name === null || name === '') {
      // ValidateObjectMeta requires a name for built-in kinds and custom resources alike
      const hasGenerate = typeof generateName === 'string' && generateName !== '';
      if (!hasGenerate && needsName) out.push(finding('nameRequired', path, 'name or generateName is required'));
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
