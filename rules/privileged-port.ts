import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'privileged-port',
  summary: 'Containers listen on ports of 1024 and above.',
  rationale:
    'Binding a port below 1024 traditionally needs root or the `NET_BIND_SERVICE` capability, so an image that listens there is usually built to run with more privilege than it needs. Inside a pod the number is arbitrary: a Service can still expose port 80 and forward it to 8080.',
  fix: 'Make the application listen on a port of 1024 or above and map the well-known port in the Service (`port: 80`, `targetPort: 8080`).',
  category: 'security',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    privilegedPort: 'Container "{{container}}" listens on privileged port {{port}}.',
  },
  peers: { kubeLinter: 'privileged-ports' },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral' || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port: unknown, index) => {
        if (!isObject(port) || typeof port.containerPort !== 'number') return;
        if (port.containerPort < 1 || port.containerPort > 1023) return;
        report({ messageId: 'privilegedPort', path: [...container.path, 'ports', index, 'containerPort'], data: { container: container.name, port: port.containerPort } });
      });
    }
  },
});
