import { defineRule, workloadKinds } from '../src/lint/rule-api.js';
import { containersOf, isObject, podSpecOf } from '../src/resources/index.js';

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
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowedPaths: {
          type: 'array',
          items: { type: 'string' },
          description: 'Host paths that may be mounted writable, each with everything below it (for example `/var/lib/my-agent`).',
        },
      },
    },
    defaults: { allowedPaths: [] as string[] },
  },
  peers: { kubeLinter: 'writable-host-mount' },
  peerDifferences: 'kube-linter has no list of allowed paths; drydock takes one in `allowedPaths` (empty by default, which matches kube-linter).',
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const hostPaths = new Map<string, string>();
    for (const volume of pod.spec.volumes) {
      if (!isObject(volume) || typeof volume.name !== 'string' || !isObject(volume.hostPath)) continue;
      const path = typeof volume.hostPath.path === 'string' ? volume.hostPath.path : '';
      if (!options.allowedPaths.some((allowed) => isUnder(path, allowed))) hostPaths.set(volume.name, path);
    }
    if (hostPaths.size === 0) return;
    for (const container of containersOf(resource)) {
      const mounts = container.spec.volumeMounts;
      if (!Array.isArray(mounts)) continue;
      mounts.forEach((mount: unknown, index) => {
        if (!isObject(mount) || typeof mount.name !== 'string' || mount.readOnly === true) return;
        const hostPath = hostPaths.get(mount.name);
        if (hostPath === undefined) return;
        // an explicit `readOnly: false` is reported on its value, a missing one where it belongs
        report({ messageId: 'writable', path: [...container.path, 'volumeMounts', index, 'readOnly'], data: { container: container.name, hostPath } });
      });
    }
  },
});

function isUnder(path: string, allowed: string): boolean {
  const base = allowed.replace(/\/+$/, '');
  return path === allowed || path === base || path.startsWith(`${base}/`);
}
