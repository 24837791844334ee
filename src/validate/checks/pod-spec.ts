import { podSpecOf } from '../../resources/index.js';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { dns1123LabelError, dns1123SubdomainError } from '../name-formats.js';
import { quote } from '../read-field.js';

const dnsPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/** ValidatePodSpec: grace and deadline numbers, dnsPolicy, hostname, subdomain and serviceAccountName. */
export const podSpec: ApiCheck = {
  id: 'pod-spec',
  summary: 'Pod-level fields are valid: terminationGracePeriodSeconds ≥ 0, activeDeadlineSeconds > 0, dnsPolicy, hostname, subdomain and serviceAccountName.',
  check(resource) {
    const pod = podSpecOf(resource);
    if (!pod) return [];
    const out: ApiFinding[] = [];
    const { spec, path } = pod;
    const grace = spec.terminationGracePeriodSeconds;
    if (typeof grace === 'number' && grace < 0) out.push(finding('negativeGracePeriod', [...path, 'terminationGracePeriodSeconds'], 'terminationGracePeriodSeconds must be greater than or equal to 0'));
    const deadline = spec.activeDeadlineSeconds;
    if (typeof deadline === 'number' && (deadline < 1 || deadline > 2 ** 31 - 1)) {
      out.push(finding('invalidActiveDeadline', [...path, 'activeDeadlineSeconds'], 'activeDeadlineSeconds must be between 1 and 2147483647'));
    }
    if (typeof spec.dnsPolicy === 'string' && !dnsPolicies.includes(spec.dnsPolicy)) {
      out.push(finding('invalidDnsPolicy', [...path, 'dnsPolicy'], `${quote(spec.dnsPolicy)} is not a supported dnsPolicy (${dnsPolicies.join(', ')})`));
    }
    for (const field of ['hostname', 'subdomain']) {
      const value = spec[field];
      const error = typeof value === 'string' && value !== '' ? dns1123LabelError(value) : undefined;
      if (error) out.push(finding('invalidHostname', [...path, field], `${field} ${quote(value)} ${error}`));
    }
    for (const field of ['serviceAccountName', 'serviceAccount']) {
      const value = spec[field];
      const error = typeof value === 'string' && value !== '' ? dns1123SubdomainError(value) : undefined;
      if (error) out.push(finding('invalidServiceAccountName', [...path, field], `${field} ${quote(value)} ${error}`));
    }
    return out;
  },
};
