import { memoByString } from '../resources/index.js';

// Ports of k8s.io/apimachinery/pkg/util/validation (validation.go). Each returns the reason a
// value is invalid, phrased like upstream, or undefined when it is valid.

const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const qualifiedNamePart = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const labelValue = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const configMapKey = /^[-._a-zA-Z0-9]+$/;

const tooLong = (max: number): string => `must be no more than ${max} characters`;

/** IsDNS1123Label: lowercase alphanumerics and '-', at most 63 characters. */
export function dns1123LabelError(value: string): string | undefined {
  if (value.length > 63) return tooLong(63);
  if (!dns1123Label.test(value)) {
    return 'is not a valid DNS-1123 label (lowercase letters, digits and \'-\', starting and ending with a letter or digit)';
  }
  return undefined;
}

/** IsDNS1123Subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export function dns1123SubdomainError(value: string): string | undefined {
  if (value.length > 253) return tooLong(253);
  if (!dns1123Subdomain.test(value)) {
    return "is not a valid DNS-1123 subdomain (lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)";
  }
  return undefined;
}

/** IsDNS1035Label: like a DNS-1123 label but must start with a letter. */
export function dns1035LabelError(value: string): string | undefined {
  if (value.length > 63) return tooLong(63);
  if (!dns1035Label.test(value)) {
    return "is not a valid DNS-1035 label (lowercase letters, digits and '-', starting with a letter and ending with a letter or digit)";
  }
  return undefined;
}

/** IsWildcardDNS1123Subdomain: `*.` followed by a DNS-1123 subdomain. */
export function isWildcardDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && value.startsWith('*.') && dns1123Subdomain.test(value.slice(2));
}

/** IsQualifiedName: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
export function qualifiedNameError(value: string): string | undefined {
  return knownQualifiedNameError(value);
}

// label and annotation keys repeat in nearly every object
const knownQualifiedNameError = memoByString((value: string): string | undefined => {
  const parts = value.split('/');
  let name = value;
  if (parts.length === 2) {
    const [prefix = '', rest = ''] = parts;
    if (prefix === '') return 'has an empty prefix before \'/\'';
    const prefixError = dns1123SubdomainError(prefix);
    if (prefixError) return `has a prefix that ${prefixError}`;
    name = rest;
  } else if (parts.length > 2) {
    return "must have at most one '/' (an optional DNS subdomain prefix, then a name)";
  }
  if (name === '') return 'has an empty name part';
  if (name.length > 63) return 'has a name part longer than 63 characters';
  if (!qualifiedNamePart.test(name)) {
    return "has a name part that is not alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
  }
  return undefined;
});

/** IsValidLabelValue: empty, or at most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
export function labelValueError(value: string): string | undefined {
  if (value.length > 63) return tooLong(63);
  if (!labelValue.test(value)) {
    return "must be empty or alphanumerics, '-', '_' or '.', starting and ending with an alphanumeric";
  }
  return undefined;
}

/** IsValidPortName (IANA_SVC_NAME): 1-15 lowercase alphanumerics and '-', with a letter, no '--'. */
export function portNameError(value: string): string | undefined {
  if (value.length < 1 || value.length > 15) return 'must be 1 to 15 characters (IANA_SVC_NAME)';
  if (!/^[-a-z0-9]+$/.test(value)) return "must contain only lowercase letters, digits and '-' (IANA_SVC_NAME)";
  if (!/[a-z]/.test(value)) return 'must contain at least one letter (IANA_SVC_NAME)';
  if (value.includes('--')) return "must not contain '--' (IANA_SVC_NAME)";
  if (value.startsWith('-') || value.endsWith('-')) return "must not begin or end with '-' (IANA_SVC_NAME)";
  return undefined;
}

/** IsValidPortNum: 1 to 65535. */
export function isValidPortNumber(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 65535;
}

/** IsConfigMapKey: alphanumerics, '-', '_', '.', at most 253, not `.`/`..` or starting with `..`. */
export function configMapKeyError(value: string): string | undefined {
  if (value.length > 253) return tooLong(253);
  if (!configMapKey.test(value)) return "must consist of alphanumerics, '-', '_' or '.'";
  if (value === '.' || value === '..' || value.startsWith('..')) return "must not be '.' or '..', or start with '..'";
  return undefined;
}

/** NameIsDNSSubdomain etc. with `prefix`: a generateName may end in '-' (masked like upstream's maskTrailingDash). */
export function maskTrailingDash(value: string): string {
  return value.length > 1 && value.endsWith('-') ? `${value.slice(0, -1)}a` : value;
}

/** IsValidPathSegmentName (RBAC names): not `.` or `..`, and no '/' or '%'. */
export function pathSegmentNameError(value: string, isPrefix: boolean): string | undefined {
  if (!isPrefix && (value === '.' || value === '..')) return "may not be '.' or '..'";
  if (value.includes('/') || value.includes('%')) return "may not contain '/' or '%'";
  return undefined;
}
