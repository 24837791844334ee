import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, isObject, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'ssh-port-exposed',
  summary: 'Containers do not expose the SSH port.',
  rationale:
    'An SSH server in a container is a second way in, with its own credentials to leak and patch, and it bypasses the audit trail of `kubectl exec`. Containers should run one application and be debugged through the Kubernetes API.',
  fix: 'Remove the SSH server and port 22 from the container; use `kubectl exec` or `kubectl debug` to get a shell.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    sshPort: 'Container "{{container}}" exposes port 22/TCP (SSH).',
  },
  peers: { kubeLinter: 'ssh-port' },
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral' || !Array.isArray(container.spec.ports)) continue;
      container.spec.ports.forEach((port: unknown, index) => {
        if (!isObject(port) || port.containerPort !== 22) return;
        // the API server defaults protocol to TCP
        if (port.protocol !== undefined && port.protocol !== null && port.protocol !== 'TCP') return;
        report({ messageId: 'sshPort', path: [...container.path, 'ports', index, 'containerPort'], data: { container: container.name } });
      });
    }
  },
});
