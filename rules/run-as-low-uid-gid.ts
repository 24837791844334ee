import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'run-as-low-uid-gid',
  summary: 'Containers run with a high, explicit user and group ID.',
  rationale:
    'Low IDs are the ones the node uses for its own users and system services. A container that escapes as such a user, or writes to a host mount, acts with that user\'s rights on the node; a UID and GID of 10000 or more match no account there. Setting both explicitly also stops the image from choosing.',
  fix: 'Set `securityContext.runAsUser` and `securityContext.runAsGroup` to values of 10000 or more, on the pod or on each container.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    noSecurityContext: 'Container "{{container}}" has no securityContext, so it runs with the user and group of its image.',
    uidMissing: 'Container "{{container}}" does not set runAsUser.',
    uidLow: 'Container "{{container}}" runs as UID {{id}}, below {{minimum}}.',
    gidMissing: 'Container "{{container}}" does not set runAsGroup.',
    gidLow: 'Container "{{container}}" runs with GID {{id}}, below {{minimum}}.',
  },
  options: ruleOptions(
    {
      minimumUid: { type: 'integer', minimum: 0, description: 'The lowest acceptable runAsUser.' },
      minimumGid: { type: 'integer', minimum: 0, description: 'The lowest acceptable runAsGroup.' },
    },
    { minimumUid: 10000, minimumGid: 10000 },
  ),
  peers: { kubeScore: 'container-security-context-user-group-id' },
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const context = effectiveSecurityContext(pod, container);
      const data = { container: container.name };
      if (!context.isDeclared) {
        report({ messageId: 'noSecurityContext', path: context.missingPath('runAsUser'), data });
        continue;
      }
      const checks = [
        { field: 'runAsUser', minimum: options.minimumUid, missing: 'uidMissing', low: 'uidLow' },
        { field: 'runAsGroup', minimum: options.minimumGid, missing: 'gidMissing', low: 'gidLow' },
      ] as const;
      for (const { field, minimum, missing, low } of checks) {
        const setting = context.get(field);
        if (setting === undefined) report({ messageId: missing, path: context.missingPath(field), data });
        else if (typeof setting.value === 'number' && setting.value < minimum) {
          report({ messageId: low, path: setting.path, data: { ...data, id: setting.value, minimum } });
        }
      }
    }
  },
});
