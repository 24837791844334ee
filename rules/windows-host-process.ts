import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, podSpecOf, valueAt, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'windows-host-process',
  summary: 'Windows pods do not run as HostProcess containers.',
  rationale:
    'A Windows HostProcess container runs directly on the node, in the host\'s network namespace and with access to its file system as a node user (often `NT AUTHORITY\\SYSTEM`): it is the Windows equivalent of a privileged container.',
  fix: 'Remove `windowsOptions.hostProcess: true` from the pod and container securityContext; keep HostProcess only for node agents, exempted from this rule.',
  category: 'security',
  severity: 'error',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    pod: 'The pod runs as a Windows HostProcess (securityContext.windowsOptions.hostProcess: true).',
    container: 'Container "{{container}}" runs as a Windows HostProcess.',
  },
  peers: { polaris: 'hostProcess' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod) return;
    const podPath = [...pod.path, 'securityContext', 'windowsOptions', 'hostProcess'];
    if (valueAt(resource.object, podPath) === true) {
      // every container of a HostProcess pod is one too: one finding, at the pod
      report({ messageId: 'pod', path: podPath });
      return;
    }
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const path = [...container.path, 'securityContext', 'windowsOptions', 'hostProcess'];
      if (valueAt(resource.object, path) === true) report({ messageId: 'container', path, data: { container: container.name } });
    }
  },
});
