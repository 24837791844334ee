import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, longRunningKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'liveness-probe-missing',
  summary: 'Long-running containers declare a livenessProbe.',
  rationale:
    'Without a liveness probe, the kubelet restarts a container only when its process exits. A deadlocked or wedged process keeps running, stays in the Service (if its readiness probe still passes) or silently stops doing its work, until someone notices.',
  fix: 'Add a `livenessProbe` that fails only when the process cannot recover by itself (a cheap HTTP endpoint, a TCP socket or a gRPC health check), with thresholds more lenient than the readiness probe\'s so a busy container is not restarted.',
  category: 'reliability',
  severity: 'warning',
  kinds: longRunningKinds,
  preset: 'strict',
  messages: {
    missing: 'Container "{{container}}" has no livenessProbe.',
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
  peers: { kubeLinter: 'no-liveness-probe', kubeScore: 'pod-probes', polaris: 'livenessProbeMissing' },
  peerDifferences:
    'kube-score only asks for a liveness probe in Service-selected Pods that have a readiness probe, and grades its absence as a minor issue; drydock, like kube-linter and Polaris, asks it of every regular container of a long-running workload.',
  check({ resource, options, report }) {
    for (const container of containersOf(resource)) {
      // init containers run to completion; ephemeral containers are debugging sessions
      if (container.kind !== 'container' || options.ignoreContainers.includes(container.name)) continue;
      if (container.spec.livenessProbe === undefined || container.spec.livenessProbe === null) {
        report({ messageId: 'missing', path: container.path, data: { container: container.name } });
      }
    }
  },
});
