import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'host-ipc',
  summary: 'Pods do not share the host IPC namespace.',
  rationale:
    'With `hostIPC` the containers see the shared memory segments, semaphores and message queues of every process on the node, so they can read or tamper with the data other workloads exchange there.',
  fix: 'Remove `hostIPC: true` from the pod spec; pods that must share memory can share it between their own containers through an `emptyDir` volume with `medium: Memory`.',
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    shared: 'The pod sets hostIPC: true and shares the host IPC namespace.',
  },
  peers: { kubeLinter: 'host-ipc', polaris: 'hostIPCSet' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostIPC === true) report({ messageId: 'shared', path: [...pod.path, 'hostIPC'] });
  },
});
