import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { isObject, isPathUnder, podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'host-path-volume',
  summary: 'Pods do not mount directories or files of the node with hostPath volumes.',
  rationale:
    'A `hostPath` volume gives the container the node\'s own files: it can read other pods\' data and credentials, and a writable mount of the wrong directory is a way out of the container. It also ties the pod to what one node happens to have on disk.',
  fix: 'Use a PersistentVolumeClaim, `emptyDir`, ConfigMap or Secret volume instead; keep `hostPath` only for node agents that must read the node, mounted `readOnly`, and list those paths in the `allowedPaths` option.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    hostPath: 'Volume "{{volume}}" mounts the host path "{{path}}".',
  },
  options: ruleOptions(
    {
      allowedPaths: {
        type: 'array',
        items: { type: 'string' },
        description: 'Host paths that may be mounted, each with everything below it (for example `/var/log` for a log shipper).',
      },
    },
    { allowedPaths: [] as string[] },
  ),
  peers: { polaris: 'hostPathSet' },
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    pod.spec.volumes.forEach((volume: unknown, index) => {
      if (!isObject(volume) || !isObject(volume.hostPath)) return;
      const hostPath = typeof volume.hostPath.path === 'string' ? volume.hostPath.path : '';
      if (options.allowedPaths.some((allowed) => isPathUnder(hostPath, allowed))) return;
      report({
        messageId: 'hostPath',
        path: [...pod.path, 'volumes', index, 'hostPath'],
        data: { volume: typeof volume.name === 'string' ? volume.name : '', path: hostPath },
      });
    });
  },
});
