import { defineRule } from '../src/lint/rule-api.js';
import { isObject } from '../src/resources/index.js';

export default defineRule({
  id: 'ingress-tls-missing',
  summary: 'Ingresses terminate TLS for their hosts.',
  rationale: 'An Ingress without a `tls` section serves its hosts over plain HTTP, so credentials and session cookies cross the network readable by anyone on the path.',
  fix: 'Add `spec.tls` with the hosts and the Secret holding their certificate (cert-manager can issue it), or terminate TLS in front of the ingress controller and say so with a suppression.',
  category: 'networking',
  severity: 'warning',
  kinds: ['Ingress'],
  preset: 'strict',
  messages: {
    missing: 'Ingress "{{name}}" has no TLS section, so it serves plain HTTP.',
  },
  peers: { polaris: 'tlsSettingsMissing' },
  check({ resource, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const tls = spec.tls;
    if (tls === undefined || tls === null || (Array.isArray(tls) && tls.length === 0)) {
      report({ messageId: 'missing', path: ['spec', 'tls'], data: { name: resource.name } });
    }
  },
});
