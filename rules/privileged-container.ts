import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'privileged-container',
  summary: 'Containers do not run privileged.',
  rationale:
    'A privileged container gets every Linux capability and access to all host devices, with no seccomp or AppArmor confinement: a compromise of the container is a compromise of the node.',
  fix: 'Remove `securityContext.privileged: true` and grant only the specific capabilities the container needs with `capabilities.add`.',
  category: 'security',
  severity: 'error',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    privileged: 'Container "{{container}}" runs privileged.',
  },
  peers: { kubeLinter: 'privileged-container', kubeScore: 'container-security-context-privileged', polaris: 'runAsPrivileged' },
  peerDifferences:
    '`privileged` exists only in a container\'s securityContext; a `privileged` key in the pod-level securityContext is dropped by the API server, so drydock ignores it (the schema check reports it).',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const privileged = effectiveSecurityContext(pod, container).get('privileged');
      if (privileged?.value === true) report({ messageId: 'privileged', path: privileged.path, data: { container: container.name } });
    }
  },
});
