import { defineRule } from '../src/lint/rule-api.js';
import { podTemplatePath, workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'pod-unschedulable',
  summary: 'Every Pod of a workload fits the configured cluster model.',
  rationale:
    'A Pod no node can take is accepted by the API server and then stays Pending for ever: the rollout never finishes, or the new replicas never serve. ' +
    'Requests larger than any node, a nodeSelector no node carries, a taint nobody tolerates or an anti-affinity with more replicas than nodes only show up on the cluster.\n\n' +
    'With a cluster model configured (`cluster:` in `.drydock.yaml`, or `--cluster`: a kind config, a drydock cluster file, or `kubectl get nodes -o yaml`), drydock expands each workload into the Pods its controller would create and places them with the default scheduler\'s filters, in input order. ' +
    'A Pod that fits nowhere is reported at the field responsible, with the scheduler\'s own FailedScheduling message for the target Kubernetes version. ' +
    'Without a cluster model the rule reports nothing. `drydock plan --cluster` shows the full placement and node usage.',
  fix: 'Change the field the finding points at (lower the request, fix the nodeSelector or affinity, add the toleration), or give the cluster model nodes that fit.',
  category: 'scheduling',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    pending: '{{count}} of the Pods of {{kind}} "{{name}}" would stay Pending on {{cluster}}: {{message}} (hint: {{hint}}).',
  },
  check({ resource, cluster, report }) {
    if (!cluster) return;
    const pending = cluster.pendingPodsOf(resource);
    // one finding per distinct reason: replicas of one template fail the same way
    const byReason = new Map<string, typeof pending>();
    for (const pod of pending) {
      const key = `${pod.message}\n${pod.hint}\n${JSON.stringify(pod.path ?? null)}`;
      byReason.set(key, [...(byReason.get(key) ?? []), pod]);
    }
    for (const pods of byReason.values()) {
      const [first] = pods;
      if (!first) continue;
      const path = first.path ?? [...(podTemplatePath(resource.kind) ?? []), 'spec'];
      report({
        messageId: 'pending',
        path,
        data: { count: pods.length, kind: resource.kind, name: resource.name, cluster: cluster.describedAs, message: first.message, hint: first.hint.replace(/\.$/, '') },
      });
    }
  },
});
