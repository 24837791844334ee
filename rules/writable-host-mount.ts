import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { hostPathMountsOf, isPathUnder, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'writable-host-mount',
  summary: 'Containers mount hostPath volumes read-only.',
  rationale:
    'A writable `hostPath` mount lets the container change the node\'s own files: plant a binary or a cron entry the node will run, rewrite configuration the kubelet or other Pods read, or fill the node\'s disk. Most workloads that need a node directory only need to read it.',
  fix: 'Set `readOnly: true` on the container\'s `volumeMounts` entry. If the container must write, prefer an `emptyDir` or a PersistentVolumeClaim; for node agents that really write to the node, list the directory in the `allowedPaths` option.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    writable: 'Container "{{container}}" mounts the host path "{{hostPath}}" writable.',
  },
  options: ruleOptions(
    {
      allowedPaths: {
        type: 'array',
        items: { type: 'string' },
        description: 'Host paths that may be mounted writable, each with everything below it (for example `/var/lib/my-agent`).',
      },
    },
    { allowedPaths: [] as string[] },
  ),
  peers: { kubeLinter: 'writable-host-mount' },
  peerDifferences: 'kube-linter has no list of allowed paths; drydock takes one in `allowedPaths` (empty by default, which matches kube-linter).',
  check({ resource, options, report }) {
    for (const { container, mount, path, hostPath } of hostPathMountsOf(resource)) {
      const where = typeof hostPath === 'string' ? hostPath : '';
      if (mount.readOnly === true || options.allowedPaths.some((allowed) => isPathUnder(where, allowed))) continue;
      // an explicit `readOnly: false` is reported on its value, a missing one where it belongs
      report({ messageId: 'writable', path: [...path, 'readOnly'], data: { container: container.name, hostPath: where } });
    }
  },
});
