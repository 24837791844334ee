import { defineRule } from '../src/lint/rule-api.js';
import { podSpecOf, jobKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'restart-policy-not-always-or-onfailure',
  summary: 'Pods and Jobs restart failed containers (restartPolicy Always or OnFailure, not Never).',
  rationale:
    'With `restartPolicy: Never` a container that crashes stays dead. A bare Pod then loses its work for good; a Job replaces the whole Pod instead, which means scheduling it again, pulling the image again and starting with empty `emptyDir` volumes, and every failed attempt stays behind as a Pod until the Job is deleted. `OnFailure` restarts the container in place, on the same node with the same volumes, with the same back-off and `backoffLimit`.',
  fix: 'Set `restartPolicy: OnFailure` (or leave it unset on a bare Pod, which means `Always`). Keep `Never` only where a failed Pod must stay untouched for inspection, such as a test hook, and suppress the rule there.',
  category: 'reliability',
  severity: 'info',
  kinds: ['Pod', ...jobKinds],
  preset: 'all',
  messages: {
    never: '"{{name}}" sets restartPolicy Never, so a failed container is not restarted.',
  },
  peers: { kubeLinter: 'restart-policy' },
  peerDifferences:
    "kube-linter also flags Deployments, DaemonSets, ReplicaSets, StatefulSets and ReplicationControllers with `Never`, and any workload that leaves restartPolicy unset. The API server accepts only `Always` for those controllers, so drydock reports them as `api/restart-policy` (validation, not this rule); an unset policy means `Always` on a Pod and is an `api/restart-policy` error on a Job, so it is never this rule's finding.",
  check({ resource, report }) {
    const pod = podSpecOf(resource);
    if (!pod || pod.spec.restartPolicy !== 'Never') return;
    report({ messageId: 'never', path: [...pod.path, 'restartPolicy'], data: { name: resource.name } });
  },
});
