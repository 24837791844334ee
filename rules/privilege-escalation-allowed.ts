import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'privilege-escalation-allowed',
  summary: 'Containers set allowPrivilegeEscalation to false.',
  rationale:
    'Unless `allowPrivilegeEscalation` is false, a process in the container can gain more privileges than its parent, through setuid binaries such as `sudo` or file capabilities. Kubernetes defaults it to true, so leaving it out allows escalation.',
  fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    allowed: 'Container "{{container}}" sets allowPrivilegeEscalation to true.',
    missing: 'Container "{{container}}" does not set allowPrivilegeEscalation to false, so it defaults to true.',
  },
  peers: { kubeLinter: 'privilege-escalation-container', polaris: 'privilegeEscalationAllowed' },
  peerDifferences:
    'Like Polaris, drydock flags a container that leaves `allowPrivilegeEscalation` unset, since it defaults to true; kube-linter flags only an explicit true. kube-linter also flags `privileged: true` and an added `SYS_ADMIN` here, which drydock reports under `privileged-container` and `dangerous-capabilities-added`. The field exists only per container, so a pod-level value is ignored.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const context = effectiveSecurityContext(pod, container);
      const setting = context.get('allowPrivilegeEscalation');
      if (setting?.value === false) continue;
      if (setting?.value === true) report({ messageId: 'allowed', path: setting.path, data: { container: container.name } });
      else report({ messageId: 'missing', path: context.missingPath('allowPrivilegeEscalation'), data: { container: container.name } });
    }
  },
});
