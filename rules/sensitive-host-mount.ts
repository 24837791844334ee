import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { hostPathMountsOf, trimTrailingSlashes, workloadKinds } from '../src/resources/index.js';

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
  options: ruleOptions(
    {
      paths: { type: 'array', items: { type: 'string' }, description: 'Host paths that count as sensitive (exact matches, after removing a trailing slash).' },
    },
    { paths: defaultPaths },
  ),
  peers: { kubeLinter: 'sensitive-host-mounts' },
  peerDifferences: 'kube-linter knows `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys` and `/usr`; drydock adds `/run`, `/var/run`, `/var/lib/kubelet` and `/root` by default (the `paths` option restores kube-linter\'s list).',
  check({ resource, options, report }) {
    for (const { container, path, hostPath } of hostPathMountsOf(resource)) {
      if (typeof hostPath !== 'string') continue;
      const normalized = hostPath.length > 1 ? trimTrailingSlashes(hostPath) : hostPath;
      if (options.paths.includes(normalized)) report({ messageId: 'sensitive', path: [...path, 'name'], data: { container: container.name, hostPath } });
    }
  },
});
