import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { containersOf, isObject, podSpecOf, trimTrailingSlashes, type Resource, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'docker-socket-mount',
  summary: 'Containers do not mount the container runtime socket of the node.',
  rationale:
    'Whoever can talk to the Docker, containerd or CRI-O socket can start a privileged container on the node, read every other container\'s files and secrets, and so owns the node.',
  fix: 'Remove the `hostPath` volume of the socket. Build images with a daemonless builder (BuildKit rootless, kaniko, buildah) and read container metadata from the Kubernetes API instead.',
  category: 'security',
  severity: 'error',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    socket: 'Volume "{{volume}}" mounts the container runtime socket "{{path}}" of the node.',
  },
  options: ruleOptions(
    {
      sockets: {
        type: 'array',
        items: { type: 'string' },
        description: 'File names of runtime sockets; a hostPath whose last path segment is one of them is flagged.',
      },
    },
    { sockets: ['docker.sock', 'containerd.sock', 'crio.sock', 'cri-dockerd.sock', 'podman.sock'] as string[] },
  ),
  peers: { kubeLinter: 'docker-sock' },
  peerDifferences: 'kube-linter only looks for `docker.sock`; drydock also knows the containerd, CRI-O, cri-dockerd and Podman sockets.',
  check({ resource, options, report }) {
    const pod = podSpecOf(resource);
    if (!pod || !Array.isArray(pod.spec.volumes)) return;
    const mounted = mountedVolumes(resource);
    pod.spec.volumes.forEach((volume: unknown, index) => {
      if (!isObject(volume) || !isObject(volume.hostPath) || typeof volume.hostPath.path !== 'string') return;
      const hostPath = volume.hostPath.path;
      const fileName = trimTrailingSlashes(hostPath).split('/').pop() ?? '';
      // a volume no container mounts exposes nothing
      if (!options.sockets.includes(fileName) || typeof volume.name !== 'string' || !mounted.has(volume.name)) return;
      report({ messageId: 'socket', path: [...pod.path, 'volumes', index, 'hostPath', 'path'], data: { volume: volume.name, path: hostPath } });
    });
  },
});

/** Names of the volumes some container of the pod mounts. */
function mountedVolumes(resource: Resource): Set<string> {
  const names = new Set<string>();
  for (const container of containersOf(resource)) {
    if (!Array.isArray(container.spec.volumeMounts)) continue;
    for (const mount of container.spec.volumeMounts) if (isObject(mount) && typeof mount.name === 'string') names.add(mount.name);
  }
  return names;
}
