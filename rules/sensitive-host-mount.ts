import { defineRule, workloadKinds } from '../src/lint/rule-api.js';
import { containersOf, isObject, podSpecOf } from '../src/resources/index.js';

const defaultPaths = ['/', '/boot', '/dev', '/etc', '/lib', '/proc', '/sys', '/usr', '/var/run', '/run', '/var/lib/kubelet', '/root'];

export default defineRule({
  id: 'sensitive-host-mount',
  summary: 'Containers do not mount sensitive host directories.',
  rationale:
    'Mounting a node directory such as `/etc`, `/proc`, `/sys` or the kubelet\'s state gives the container the node\'s credentials, kernel interfaces and the means to change the node itself: a compromise of the container becomes a compromise of the node.',
  fix: 'Mount only the specific files the container needs, read-only, or use a ConfigMap, Secret or emptyDir volume instead of a `hostPath`.',
  category: 'security',
  severity: 'error',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    sensitive: 'Container "{{container}}" mounts the host directory "{{hostPath}}".',
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        paths: { type: 'array', items: { type: 'string' }, description: 'Host paths that count as sensitive (exact matches, after removing a trailing slash).' },
      },
    },
    defaults: { paths: defaultPaths },
  },
  peers: { kubeLinter: 'sensitive-host-mounts' },
  peerDifferences: 'kube-linter knows `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys` and `/usr`; drydock adds `/run`, `/var/run`, `/var/lib/kubelet` and `/root` by default (the `paths` option restores kube-linter\'s list).',
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const hostPaths = new Map<string, string>();
    for (const volume of pod.spec.volumes) {
      if (!isObject(volume) || typeof volume.name !== 'string' || !isObject(volume.hostPath)) continue;
      const path = volume.hostPath.path;
      if (typeof path !== 'string') continue;
      const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
      if (options.paths.includes(normalized)) hostPaths.set(volume.name, path);
    }
    if (hostPaths.size === 0) return;
    for (const container of containersOf(resource)) {
      const mounts = container.spec.volumeMounts;
      if (!Array.isArray(mounts)) continue;
      mounts.forEach((mount: unknown, index) => {
        if (!isObject(mount) || typeof mount.name !== 'string') return;
        const hostPath = hostPaths.get(mount.name);
        if (hostPath !== undefined) report({ messageId: 'sensitive', path: [...container.path, 'volumeMounts', index, 'name'], data: { container: container.name, hostPath } });
      });
    }
  },
});
