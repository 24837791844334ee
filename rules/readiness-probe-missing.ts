import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, longRunningKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'readiness-probe-missing',
  summary: 'Long-running containers declare a readinessProbe.',
  rationale:
    'Without a readiness probe, a Pod counts as ready as soon as its containers start, so Services send it traffic before it can serve and rolling updates move on before the new version works.',
  fix: 'Add a `readinessProbe` that checks the port the container serves on (an HTTP health endpoint, a TCP socket or a gRPC health check).',
  category: 'reliability',
  severity: 'warning',
  kinds: longRunningKinds,
  preset: 'recommended',
  messages: {
    missing: 'Container "{{container}}" has no readinessProbe.',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignoreContainers: { type: 'array', items: { type: 'string' }, description: 'Container names to skip, such as log shippers.' },
      },
    },
    defaults: { ignoreContainers: [] as string[] },
  },
  peers: { kubeLinter: 'no-readiness-probe', kubeScore: 'pod-probes', polaris: 'readinessProbeMissing' },
  peerDifferences:
    'kube-score is satisfied when any container of a Service-selected pod has a readinessProbe; drydock, like kube-linter and Polaris, asks it of every regular container, selected or not.',
  check({ resource, options, report }) {
    for (const container of containersOf(resource)) {
      // init containers cannot have probes; ephemeral containers are debugging sessions
      if (container.kind !== 'container' || options.ignoreContainers.includes(container.name)) continue;
      if (container.spec.readinessProbe === undefined || container.spec.readinessProbe === null) {
        report({ messageId: 'missing', path: container.path, data: { container: container.name } });
      }
    }
  },
});
