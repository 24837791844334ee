import { defineRule, ignoreContainersOption, probeMissingCheck } from '../src/lint/rule-api.js';
import { longRunningKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'liveness-probe-missing',
  summary: 'Long-running containers declare a livenessProbe.',
  rationale:
    'Without a liveness probe, the kubelet restarts a container only when its process exits. A deadlocked or wedged process keeps running, stays in the Service (if its readiness probe still passes) or silently stops doing its work, until someone notices.',
  fix: 'Add a `livenessProbe` that fails only when the process cannot recover by itself (a cheap HTTP endpoint, a TCP socket or a gRPC health check), with thresholds more lenient than the readiness probe\'s so a busy container is not restarted.',
  category: 'reliability',
  severity: 'warning',
  kinds: longRunningKinds,
  preset: 'strict',
  messages: {
    missing: 'Container "{{container}}" has no livenessProbe.',
  },
  options: ignoreContainersOption,
  peers: { kubeLinter: 'no-liveness-probe', kubeScore: 'pod-probes', polaris: 'livenessProbeMissing' },
  peerDifferences:
    'kube-score only asks for a liveness probe in Service-selected Pods that have a readiness probe, and grades its absence as a minor issue; drydock, like kube-linter and Polaris, asks it of every regular container of a long-running workload. The peers leave out Jobs and CronJobs, which run to completion; drydock also leaves out a bare Pod with `restartPolicy: Never` or `OnFailure`, which does too (as readiness-probe-missing does).',
  check: probeMissingCheck('livenessProbe'),
});
