import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { containersOf, isObject, namespaceOf, podCreatorsSelectedBy } from '../src/resources/index.js';

export default defineRule({
  id: 'service-target-port-missing',
  summary: 'Every Service targetPort is a port that the selected containers expose.',
  rationale:
    'A Service forwards each port to its `targetPort` on the selected Pods (to `port` when `targetPort` is unset). A named `targetPort` that no container port carries gives the Service no endpoints for that port, and a number the containers do not listen on makes every connection fail.\n\n' +
    'drydock looks at the containers of the workloads in the input that the Service selects (same namespace); when it selects none, `service-selects-no-pods` reports that instead. ' +
    'A named `targetPort` must match the `name` of a container port of one of them. ' +
    'Since `containerPort` lists are informational and many manifests leave them out, a numeric `targetPort` is only checked when the selected containers declare at least one port, unless `checkWhenNoPortsDeclared` is on.',
  fix: 'Point `targetPort` at a port the container declares (by its `name` or its `containerPort` number), or declare the port in the container\'s `ports` list.',
  category: 'networking',
  severity: 'warning',
  kinds: ['Service'],
  preset: 'recommended',
  messages: {
    namedPortMissing: 'Service port {{port}} targets the port named "{{target}}", which no container selected by Service "{{service}}" declares.',
    numberedPortMissing: 'Service port {{port}} targets port {{target}}, which no container selected by Service "{{service}}" declares.',
  },
  options: ruleOptions(
    {
      checkWhenNoPortsDeclared: {
        type: 'boolean',
        description: 'Also check numeric targetPorts when the selected containers declare no ports at all.',
      },
    },
    { checkWhenNoPortsDeclared: false },
  ),
  check({ resource, resources, defaultNamespace, options, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec) || spec.type === 'ExternalName' || !Array.isArray(spec.ports)) return;
    const selector = spec.selector;
    if (!isObject(selector) || Object.keys(selector).length === 0) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const selected = podCreatorsSelectedBy(resources, namespace, defaultNamespace, selector);
    if (selected.length === 0) return;

    const names = new Set<string>();
    const numbers = new Set<number>();
    for (const workload of selected) {
      for (const container of containersOf(workload)) {
        if (container.kind === 'ephemeral' || !Array.isArray(container.spec.ports)) continue;
        for (const port of container.spec.ports) {
          if (!isObject(port)) continue;
          if (typeof port.name === 'string') names.add(port.name);
          if (typeof port.containerPort === 'number') numbers.add(port.containerPort);
        }
      }
    }

    spec.ports.forEach((port: unknown, index) => {
      if (!isObject(port)) return;
      const target = port.targetPort ?? port.port;
      const label = typeof port.name === 'string' && port.name !== '' ? `"${port.name}"` : String(port.port);
      const path = ['spec', 'ports', index, 'targetPort'];
      const data = { port: label, target: String(target), service: resource.name };
      if (typeof target === 'string' && target !== '') {
        if (!names.has(target)) report({ messageId: 'namedPortMissing', path, data });
      } else if (typeof target === 'number') {
        if (numbers.size === 0 && !options.checkWhenNoPortsDeclared) return;
        if (!numbers.has(target)) report({ messageId: 'numberedPortMissing', path, data });
      }
    });
  },
});
