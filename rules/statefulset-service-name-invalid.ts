import { defineRule } from '../src/lint/rule-api.js';
import { findInNamespace, isObject, mapMatches, namespaceHasOtherObjects, namespaceOf, podLabelsOf } from '../src/resources/index.js';

export default defineRule({
  id: 'statefulset-service-name-invalid',
  summary: "A StatefulSet's serviceName names a headless Service that selects its Pods.",
  rationale:
    'A StatefulSet gives each Pod a stable DNS name (`<pod>.<serviceName>.<namespace>.svc`) through the headless Service named in `serviceName`. If that Service is missing, is not headless (`clusterIP: None`) or selects other Pods, the Pods get no per-Pod DNS records and peers cannot find each other.\n\n' +
    'drydock looks for the Service in the StatefulSet\'s namespace of the input, and only when the input contains other objects of that namespace (the Service may be managed elsewhere).',
  fix: 'Create a Service with `clusterIP: None` whose selector matches the StatefulSet\'s pod labels, and name it in `spec.serviceName`.',
  category: 'networking',
  severity: 'warning',
  kinds: ['StatefulSet'],
  preset: 'strict',
  messages: {
    missing: 'StatefulSet "{{name}}" has no serviceName.',
    serviceMissing: 'Service "{{service}}" named by StatefulSet "{{name}}" is not in namespace "{{namespace}}" of the input.',
    notHeadless: 'Service "{{service}}" named by StatefulSet "{{name}}" is not headless (clusterIP: None).',
    selectsOthers: 'Service "{{service}}" named by StatefulSet "{{name}}" does not select its Pods.',
  },
  peers: { kubeScore: 'statefulset-has-servicename' },
  peerDifferences: 'kube-score judges every StatefulSet; drydock reports a missing Service only when the input holds other objects of the namespace, and leaves an empty `serviceName` to the API server where 1.33+ rejects it.',
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const data = { name: resource.name };
    const service = spec.serviceName;
    if (typeof service !== 'string' || service === '') {
      report({ messageId: 'missing', path: ['spec', 'serviceName'], data });
      return;
    }
    const namespace = namespaceOf(resource, defaultNamespace);
    const target = findInNamespace(resources, 'Service', service, namespace, defaultNamespace);
    const at = ['spec', 'serviceName'];
    if (!target) {
      if (namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace)) {
        report({ messageId: 'serviceMissing', path: at, data: { ...data, service, namespace } });
      }
      return;
    }
    const targetSpec = isObject(target.object.spec) ? target.object.spec : {};
    if (targetSpec.clusterIP !== 'None') report({ messageId: 'notHeadless', path: at, data: { ...data, service } });
    else if (!isObject(targetSpec.selector) || !mapMatches(targetSpec.selector, podLabelsOf(resource))) {
      report({ messageId: 'selectsOthers', path: at, data: { ...data, service } });
    }
  },
});
