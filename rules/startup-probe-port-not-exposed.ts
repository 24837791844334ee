import { defineRule, probePortMessages, probePortCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'startup-probe-port-not-exposed',
  summary: 'A startupProbe targets a TCP port its container declares.',
  rationale:
    'A named probe port is resolved against the container\'s own `ports`: when no TCP port has that name the probe can never succeed and the kubelet kills the container once the startup budget is spent, so it never starts. A number that is not among the declared ports usually means the probe and the server drifted apart, and the port list, which tools and readers rely on, is wrong.',
  fix: 'Point `startupProbe` at a port listed in the container\'s `ports` (by name or number), or add the port the server really listens on to `ports` with protocol TCP.',
  category: 'reliability',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: probePortMessages('startupProbe'),
  peers: { kubeLinter: 'startup-port' },
  peerDifferences: 'kube-linter looks at regular containers only; drydock also checks restartable init containers (sidecars), the only init containers that may have probes. A numbered port of a `hostNetwork` Pod needs no declaration (the process listens on the node), so drydock does not flag it.',
  check: probePortCheck('startupProbe'),
});
