import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'host-network',
  summary: 'Pods do not share the host network namespace.',
  rationale:
    "With `hostNetwork` the pod uses the node's network stack: it can listen on any node port, reach services bound to the node's loopback, sniff node traffic with enough privileges, and bypasses NetworkPolicies.",
  fix: "Remove `hostNetwork: true` from the pod spec and expose the pod through a Service; keep it only for node agents (CNI plugins, node exporters) that truly need the node's network.",
  category: 'security',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    shared: 'The pod sets hostNetwork: true and shares the host network namespace.',
  },
  peers: { kubeLinter: 'host-network', polaris: 'hostNetworkSet' },
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (pod?.spec.hostNetwork === true) report({ messageId: 'shared', path: [...pod.path, 'hostNetwork'] });
  },
});
