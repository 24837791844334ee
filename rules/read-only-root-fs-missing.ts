import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, effectiveSecurityContext, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'read-only-root-fs-missing',
  summary: 'Containers mount their root filesystem read-only.',
  rationale:
    'A writable root filesystem lets an attacker who gets into the container drop tools or change binaries and configuration, and hides state that is lost on restart. With a read-only root, writes go only to the volumes you mount on purpose.',
  fix: 'Set `securityContext.readOnlyRootFilesystem: true` on the container and mount an `emptyDir` volume at each path it must write to (such as `/tmp`).',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    writable: 'Container "{{container}}" sets readOnlyRootFilesystem to false.',
    missing: 'Container "{{container}}" does not set readOnlyRootFilesystem to true, so its root filesystem is writable.',
  },
  peers: { kubeLinter: 'no-read-only-root-fs', kubeScore: 'container-security-context-readonlyrootfilesystem', polaris: 'notReadOnlyRootFilesystem' },
  peerDifferences:
    '`readOnlyRootFilesystem` exists only in a container\'s securityContext, so unlike Polaris drydock does not accept it from the pod-level securityContext, where the API server drops it.',
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const context = effectiveSecurityContext(pod, container);
      const setting = context.get('readOnlyRootFilesystem');
      if (setting?.value === true) continue;
      if (setting?.value === false) report({ messageId: 'writable', path: setting.path, data: { container: container.name } });
      else report({ messageId: 'missing', path: context.missingPath('readOnlyRootFilesystem'), data: { container: container.name } });
    }
  },
});
