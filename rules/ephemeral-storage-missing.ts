import { defineRule } from '../src/lint/rule-api.js';
import { containersOf, resourceAmountOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'ephemeral-storage-missing',
  summary: 'Containers request and limit ephemeral storage.',
  rationale:
    'Logs, `emptyDir` volumes without a medium and the writable container layer all use the node\'s disk. Without an `ephemeral-storage` request the scheduler ignores that use, and without a limit one container can fill the disk until the kubelet evicts every Pod on the node.',
  fix: 'Set `resources.requests.ephemeral-storage` to what the container normally writes and `resources.limits.ephemeral-storage` to the most it may write (for example `1Gi` and `2Gi`).',
  category: 'resources',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    missing: 'Container "{{container}}" sets neither an ephemeral-storage request nor an ephemeral-storage limit.',
    requestMissing: 'Container "{{container}}" does not request ephemeral-storage.',
    limitMissing: 'Container "{{container}}" has no ephemeral-storage limit.',
  },
  peers: { kubeScore: 'container-ephemeral-storage-request-and-limit' },
  peerDifferences:
    'kube-score reports a missing request and a missing limit as two findings; drydock reports one finding per container that names what is missing, and treats a zero quantity as unset.',
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      // ephemeral containers may not set resources
      if (container.kind === 'ephemeral') continue;
      const request = resourceAmountOf(container, 'requests', 'ephemeral-storage');
      const limit = resourceAmountOf(container, 'limits', 'ephemeral-storage');
      const requestMissing = request.state === 'missing' || request.state === 'zero';
      const limitMissing = limit.state === 'missing' || limit.state === 'zero';
      const data = { container: container.name };
      if (requestMissing && limitMissing) report({ messageId: 'missing', path: limit.path, data });
      else if (requestMissing) report({ messageId: 'requestMissing', path: request.path, data });
      else if (limitMissing) report({ messageId: 'limitMissing', path: limit.path, data });
    }
  },
});
