import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'host-port',
  summary: 'Containers do not bind ports on the node with hostPort.',
  rationale:
    'A `hostPort` opens the port on the node itself, outside Services and often outside NetworkPolicies, and limits scheduling to one such pod per node and port: replicas stay Pending once every node has one.',
  fix: 'Remove `hostPort` and expose the container through a Service (a `NodePort` or `LoadBalancer` one when it must be reachable from outside the cluster).',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    hostPort: 'Container "{{container}}" binds host port {{port}}.',
  },
  peers: { polaris: 'hostPortSet' },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral' || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port: unknown, index) => {
        // 0 (or no value) is what the API server stores for "no host port"
        if (!isObject(port) || typeof port.hostPort !== 'number' || port.hostPort === 0) return;
        report({ messageId: 'hostPort', path: [...container.path, 'ports', index, 'hostPort'], data: { container: container.name, port: port.hostPort } });
      });
    }
  },
});
