import { defineRule, missingObjectOptions } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, splitApiVersion, type JsonPath, namespaceHasOtherObjects, ofKindIn } from '../src/resources/index.js';

interface BackendRef {
  name: unknown;
  namePath: JsonPath;
  port: unknown;
  portPath: JsonPath;
}

export default defineRule({
  id: 'ingress-backend-service-missing',
  summary: 'Every Ingress backend names a Service of the input and a port that Service has.',
  rationale:
    'An Ingress backend that names a missing Service, or a port the Service does not define, answers with errors (typically 503) for every request it routes.\n\n' +
    'drydock checks the default backend and every path backend against the Services of the same namespace in the input: the Service must exist and, for `networking.k8s.io/v1`, have a port with that `number` or `name` (for `v1beta1`, that `servicePort`). ' +
    'Backends that point at a `resource` (not a Service) are skipped. A Service that is missing is only reported when the input contains other objects of the Ingress\'s namespace, so an Ingress linted on its own stays quiet; set `reportWhen: always` to report it anyway. ' +
    'A `networking.k8s.io/v1` backend that names neither a `service` nor a `resource` (often the `serviceName` fields of the old API) is always reported.',
  fix: 'Correct the Service name or port in the backend, or add the Service to the manifests (in the Ingress\'s namespace).',
  category: 'networking',
  severity: 'warning',
  kinds: ['Ingress'],
  preset: 'recommended',
  messages: {
    serviceMissing: 'Ingress backend names Service "{{service}}", which is not in namespace "{{namespace}}" of the input.',
    portMissing: 'Ingress backend names port {{port}} of Service "{{service}}", which the Service does not define.',
    noService: 'Ingress backend names neither a service nor a resource.',
  },
  options: missingObjectOptions('When to report a missing Service: `namespaceInInput` (the input contains other objects of the Ingress\'s namespace) or `always`.'),
  peers: { kubeLinter: 'dangling-ingress', kubeScore: 'ingress-targets-service' },
  peerDifferences:
    'Both peers report a missing Service whatever else the input holds; drydock only does when the input contains other objects of the Ingress\'s namespace (`reportWhen`).',
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const isV1 = splitApiVersion(resource.apiVersion).version === 'v1';
    const backends: { backend: unknown; path: JsonPath }[] = [];
    if (isV1) backends.push({ backend: spec.defaultBackend, path: ['spec', 'defaultBackend'] });
    else backends.push({ backend: spec.backend, path: ['spec', 'backend'] });
    if (Array.isArray(spec.rules)) {
      spec.rules.forEach((rule: unknown, i) => {
        const paths = isObject(rule) && isObject(rule.http) ? rule.http.paths : undefined;
        if (!Array.isArray(paths)) return;
        paths.forEach((entry: unknown, j) => {
          if (isObject(entry)) backends.push({ backend: entry.backend, path: ['spec', 'rules', i, 'http', 'paths', j, 'backend'] });
        });
      });
    }

    const namespace = namespaceOf(resource, defaultNamespace);
    const services = ofKindIn(resources, 'Service', namespace, defaultNamespace);
    const judgeMissing = options.reportWhen === 'always' || namespaceHasOtherObjects(resource, resources, namespace, defaultNamespace);

    for (const { backend, path } of backends) {
      if (!isObject(backend) || backend.resource !== undefined) continue;
      const ref = isV1 ? v1Ref(backend, path) : v1beta1Ref(backend, path);
      if (!ref) {
        if (isV1) report({ messageId: 'noService', path });
        continue;
      }
      if (typeof ref.name !== 'string' || ref.name === '') continue;
      const service = services.find((s) => s.name === ref.name);
      if (!service) {
        if (judgeMissing) report({ messageId: 'serviceMissing', path: ref.namePath, data: { service: ref.name, namespace } });
        continue;
      }
      const ports = isObject(service.object.spec) && Array.isArray(service.object.spec.ports) ? service.object.spec.ports : [];
      const matches = (port: unknown): boolean =>
        isObject(port) && (typeof ref.port === 'number' ? port.port === ref.port : port.name === ref.port);
      if ((typeof ref.port === 'number' || (typeof ref.port === 'string' && ref.port !== '')) && !ports.some(matches)) {
        const shown = typeof ref.port === 'number' ? String(ref.port) : `"${ref.port}"`;
        report({ messageId: 'portMissing', path: ref.portPath, data: { port: shown, service: ref.name } });
      }
    }
  },
});

function v1Ref(backend: Record<string, unknown>, path: JsonPath): BackendRef | undefined {
  const service = backend.service;
  if (!isObject(service)) return undefined;
  const port = isObject(service.port) ? service.port : {};
  const field = port.number !== undefined ? 'number' : 'name';
  return { name: service.name, namePath: [...path, 'service', 'name'], port: port[field], portPath: [...path, 'service', 'port', field] };
}

function v1beta1Ref(backend: Record<string, unknown>, path: JsonPath): BackendRef | undefined {
  if (backend.serviceName === undefined) return undefined;
  return { name: backend.serviceName, namePath: [...path, 'serviceName'], port: backend.servicePort, portPath: [...path, 'servicePort'] };
}
