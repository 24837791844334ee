import { defineRule } from '../src/lint/rule-api.js';
import { capabilitiesOf, containersOf, isObject, type JsonPath, workloadKinds } from '../src/resources/index.js';

/** The capabilities container runtimes grant by default (Docker's list, which containerd and CRI-O follow), plus NET_ADMIN. */
const defaultCapabilities = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_ADMIN',
  'NET_BIND_SERVICE', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
];

export default defineRule({
  id: 'capabilities-not-dropped',
  summary: 'Containers drop the Linux capabilities the runtime grants by default.',
  rationale:
    'Container runtimes give every container a default set of capabilities, among them `NET_RAW` (forging packets, ARP and DNS spoofing inside the cluster network), `CHOWN`, `SETUID` and `MKNOD`. Few applications need any of them, and each one widens what an attacker can do after getting in.',
  fix: 'Set `securityContext.capabilities.drop: [ALL]` on the container and add back only what it needs, for example `add: [NET_BIND_SERVICE]` to listen on a port below 1024.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    notDropped: 'Container "{{container}}" does not drop ALL capabilities.',
    partlyDropped: 'Container "{{container}}" keeps the default capabilities {{kept}}.',
    netRawAdded: 'Container "{{container}}" adds back the NET_RAW capability.',
  },
  peers: { kubeLinter: 'drop-net-raw-capability', polaris: 'insecureCapabilities' },
  peerDifferences:
    'Like Polaris, drydock asks every container to drop `ALL` (or every default capability), also when it has no `capabilities` block; kube-linter only looks at containers that have one, and only at `NET_RAW`. Capabilities in the pod-level securityContext are ignored: the field exists only per container.',
  check({ resource, report }) {
    for (const container of containersOf(resource)) {
      if (container.kind === 'ephemeral') continue;
      const data = { container: container.name };
      const dropped = new Set(capabilitiesOf(container, 'drop').map((entry) => entry.name));
      if (!dropped.has('ALL')) {
        const kept = defaultCapabilities.filter((name) => !dropped.has(name));
        if (kept.length === defaultCapabilities.length) report({ messageId: 'notDropped', path: dropPath(container.path, container.spec), data });
        else if (kept.length > 0) report({ messageId: 'partlyDropped', path: dropPath(container.path, container.spec), data: { ...data, kept: kept.join(', ') } });
      }
      for (const added of capabilitiesOf(container, 'add')) {
        if (added.name === 'NET_RAW') report({ messageId: 'netRawAdded', path: added.path, data });
      }
    }
  },
});

/** The `drop` list, or the deepest existing step towards it. */
function dropPath(containerPath: JsonPath, spec: Record<string, unknown>): JsonPath {
  const context = spec.securityContext;
  if (!isObject(context)) return [...containerPath, 'securityContext'];
  if (!isObject(context.capabilities)) return [...containerPath, 'securityContext', 'capabilities'];
  return [...containerPath, 'securityContext', 'capabilities', 'drop'];
}
