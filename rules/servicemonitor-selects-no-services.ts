import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, labelsOf, namespaceOf, ofKindIn, selectorMatches, splitApiVersion, valueAt, type JsonPath, type Resource } from '../src/resources/index.js';

type ReportWhen = 'inputHasServices' | 'namespaceHasServices' | 'always';

// Every cluster has this Service in `default`, made by the API server itself, never by a manifest.
const apiServerService = { namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } };

// The namespaces a ServiceMonitor looks in: `any: true` means all of them (undefined here), else
// `matchNames`, else its own namespace (the Prometheus Operator's default).
function watchedNamespaces(namespaceSelector: unknown, own: string): string[] | undefined {
  if (!isObject(namespaceSelector)) return [own];
  if (namespaceSelector.any === true) return undefined;
  const names = Array.isArray(namespaceSelector.matchNames) ? namespaceSelector.matchNames.filter((n): n is string => typeof n === 'string') : [];
  return names.length > 0 ? names : [own];
}

export default defineRule({
  id: 'servicemonitor-selects-no-services',
  summary: 'A Prometheus Operator ServiceMonitor selects some Service of the input.',
  rationale:
    'A ServiceMonitor tells Prometheus which Services to scrape. When its `selector` matches no Service label set in the namespaces it looks in, Prometheus scrapes nothing and no alert fires: the gap shows only when someone looks for a metric that is not there. ' +
    'The usual causes are a label typo, a label renamed on the Service, and a ServiceMonitor deployed to another namespace than the Service without a `namespaceSelector`.\n\n' +
    'drydock matches `spec.selector` (`matchLabels` and `matchExpressions`; an empty selector matches every Service) against the `metadata.labels` of the Services in the namespaces the ServiceMonitor watches: those in `namespaceSelector.matchNames`, every namespace with `namespaceSelector.any: true`, and otherwise its own namespace, as the Prometheus Operator does. ' +
    'By default it only reports when the input contains at least one Service in a watched namespace, so a file of ServiceMonitors linted on its own stays quiet; the `reportWhen` option changes this. ' +
    'The `kubernetes` Service of the API server in `default` is always taken to exist, and ServiceMonitors that only watch namespaces listed in `ignoreNamespaces` (by default `kube-system`, whose Services the cluster and its add-ons create) are not judged.',
  fix: 'Make `spec.selector` match the labels of the Service that exposes the metrics port, and, when that Service lives in another namespace, name it in `spec.namespaceSelector.matchNames`.',
  category: 'configuration',
  severity: 'warning',
  kinds: ['ServiceMonitor'],
  preset: 'recommended',
  messages: {
    noServices: 'ServiceMonitor "{{monitor}}" selects no Service in namespace {{namespaces}}.',
    noServicesAnywhere: 'ServiceMonitor "{{monitor}}" selects no Service in any namespace of the input.',
  },
  options: ruleOptions(
    {
      reportWhen: {
        enum: ['inputHasServices', 'namespaceHasServices', 'always'],
        description:
          'When to report: `inputHasServices` (the input contains some Service), `namespaceHasServices` (it contains one in a namespace the ServiceMonitor watches) or `always`.',
      },
      ignoreNamespaces: {
        type: 'array',
        items: { type: 'string' },
        description: 'Namespaces whose Services are created by the cluster rather than by manifests; a ServiceMonitor that watches only these is not judged.',
      },
    },
    { reportWhen: 'namespaceHasServices' as ReportWhen, ignoreNamespaces: ['kube-system'] },
  ),
  peers: { kubeLinter: 'dangling-servicemonitor' },
  peerDifferences:
    'kube-linter looks for Services in every namespace when `namespaceSelector` is absent; drydock, like the Prometheus Operator, looks only in the ServiceMonitor\'s own namespace. ' +
    'kube-linter also reports whatever else the input holds; drydock by default only reports when the input contains a Service in a watched namespace (`reportWhen`), knows the API server\'s `kubernetes` Service, and skips `kube-system` (`ignoreNamespaces`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (splitApiVersion(resource.apiVersion).group !== 'monitoring.coreos.com') return;
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const allServices = resources.ofKind('Service');
    if (options.reportWhen !== 'always' && allServices.length === 0) return;
    const namespaces = watchedNamespaces(spec.namespaceSelector, namespaceOf(resource, defaultNamespace));
    if (namespaces?.every((ns) => options.ignoreNamespaces.includes(ns))) return;
    const candidates: readonly Resource[] = namespaces === undefined ? allServices : namespaces.flatMap((ns) => ofKindIn(resources, 'Service', ns, defaultNamespace));
    if (options.reportWhen === 'namespaceHasServices' && candidates.length === 0) return;
    // an absent selector is read as the empty one, which matches every Service
    const selector = spec.selector ?? {};
    if ((namespaces === undefined || namespaces.includes(apiServerService.namespace)) && selectorMatches(selector, apiServerService.labels)) return;
    if (candidates.some((service) => selectorMatches(selector, labelsOf(valueAt(service.object, ['metadata', 'labels']))))) return;
    const path: JsonPath = spec.selector === undefined && spec.namespaceSelector !== undefined ? ['spec', 'namespaceSelector'] : ['spec', 'selector'];
    if (namespaces === undefined) {
      report({ messageId: 'noServicesAnywhere', path, data: { monitor: resource.name } });
      return;
    }
    report({ messageId: 'noServices', path, data: { monitor: resource.name, namespaces: namespaces.map((ns) => `"${ns}"`).join(' or ') } });
  },
});
