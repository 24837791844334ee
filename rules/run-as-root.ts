import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'run-as-root',
  summary: 'Containers are made to run as a non-root user.',
  rationale:
    'Most images run as root unless told otherwise. Root in a container is root on the node as far as the kernel is concerned: one container escape or writable host mount away from owning it. `runAsNonRoot: true` makes the kubelet refuse to start a container whose user would be UID 0.',
  fix: 'Set `securityContext.runAsNonRoot: true` (on the pod or the container) and a non-zero `runAsUser`, and build the image with a `USER` that owns only what it must write.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    rootUser: 'Container "{{container}}" runs as UID 0 (root).',
    rootGroup: 'Container "{{container}}" runs with GID 0 (the root group).',
    nonRootDisabled: 'Container "{{container}}" sets runAsNonRoot to false and no non-zero runAsUser, so it may run as root.',
    missing: 'Container "{{container}}" sets neither runAsNonRoot: true nor a non-zero runAsUser, so it may run as root.',
  },
  peers: { kubeLinter: 'run-as-non-root', polaris: 'runAsRootAllowed' },
  peerDifferences: 'Like kube-linter (and unlike Polaris), drydock also flags an explicit `runAsGroup: 0`.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const data = { container: container.name };
      const context = effectiveSecurityContext(pod, container);
      const user = context.get('runAsUser');
      const nonRoot = context.get('runAsNonRoot');
      if (user?.value === 0) report({ messageId: 'rootUser', path: user.path, data });
      else if (!(typeof user?.value === 'number' && user.value > 0) && nonRoot?.value !== true) {
        if (nonRoot?.value === false) report({ messageId: 'nonRootDisabled', path: nonRoot.path, data });
        else report({ messageId: 'missing', path: context.missingPath('runAsNonRoot'), data });
      }
      const group = context.get('runAsGroup');
      if (group?.value === 0) report({ messageId: 'rootGroup', path: group.path, data });
    }
  },
});
