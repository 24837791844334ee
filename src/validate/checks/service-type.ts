import { isIP } from 'node:net';
import { finding, type ApiCheck, type ApiFinding } from '../api-check.js';
import { isKind } from '../builtin-kinds.js';
import { dns1123SubdomainError } from '../name-formats.js';
import { objectAt, quote } from '../read-field.js';

const types = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

/** ValidateService's type rules: ExternalName, headless clusterIP and the need for ports. */
export const serviceType: ApiCheck = {
  id: 'service-type',
  summary: 'A Service type is supported, ExternalName Services have a valid externalName and no clusterIP, clusterIP is None or an IP (not None for NodePort/LoadBalancer), and other Services have ports.',
  check(resource) {
    if (!isKind(resource, '', 'Service')) return [];
    const spec = objectAt(resource.object, ['spec']);
    if (!spec) return [];
    const out: ApiFinding[] = [];
    const type = typeof spec.type === 'string' && spec.type !== '' ? spec.type : 'ClusterIP';
    if (!types.includes(type)) {
      out.push(finding('unsupportedType', ['spec', 'type'], `${quote(type)} is not a supported Service type (${types.join(', ')})`));
      return out;
    }
    const clusterIP = typeof spec.clusterIP === 'string' ? spec.clusterIP : '';
    if (type === 'ExternalName') {
      const name = spec.externalName;
      if (typeof name !== 'string' || name === '') {
        out.push(finding('externalNameRequired', ['spec', 'externalName'], 'externalName is required for an ExternalName Service'));
      } else {
        // a trailing dot (a fully qualified name) is allowed
        const error = dns1123SubdomainError(name.endsWith('.') ? name.slice(0, -1) : name);
        if (error) out.push(finding('invalidExternalName', ['spec', 'externalName'], `externalName ${quote(name)} ${error}`));
      }
      if (clusterIP !== '') out.push(finding('clusterIPForbidden', ['spec', 'clusterIP'], 'clusterIP may not be set for an ExternalName Service'));
      return out;
    }
    if (clusterIP === 'None' && (type === 'NodePort' || type === 'LoadBalancer')) {
      out.push(finding('headlessNotAllowed', ['spec', 'clusterIP'], `clusterIP may not be None for a ${type} Service`));
    } else if (clusterIP !== '' && clusterIP !== 'None' && isIP(clusterIP) === 0) {
      out.push(finding('invalidClusterIP', ['spec', 'clusterIP'], `${quote(clusterIP)} must be "None", empty, or a valid IP address`));
    }
    const ports = spec.ports;
    const hasPorts = Array.isArray(ports) && ports.length > 0;
    if (!hasPorts && clusterIP !== 'None') out.push(finding('portsRequired', ['spec', 'ports'], 'ports are required unless the Service is headless (clusterIP: None) or ExternalName'));
    const affinity = spec.sessionAffinity;
    if (typeof affinity === 'string' && affinity !== 'ClientIP' && affinity !== 'None') {
      out.push(finding('invalidSessionAffinity', ['spec', 'sessionAffinity'], `${quote(affinity)} is not a supported value (ClientIP, None)`));
    }
    return out;
  },
};
