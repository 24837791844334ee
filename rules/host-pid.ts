import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'host-pid',
  summary: 'Pods do not share the host PID namespace.',
  rationale:
    'With `hostPID` the containers see every process on the node, can read their environment and command lines (which often hold secrets) and, with enough privileges, signal or trace them.',
  fix: "Remove `hostPID: true` from the pod spec; to let containers of one pod see each other's processes, use `shareProcessNamespace: true` instead.",
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    shared: 'The pod sets hostPID: true and shares the host PID namespace.',
  },
  peers: { kubeLinter: 'host-pid', polaris: 'hostPIDSet' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostPID === true) report({ messageId: 'shared', path: [...pod.path, 'hostPID'] });
  },
});
