import { defineRule, ignoreContainersOption, probeMissingCheck } from '../src/lint/rule-api.js';
import { longRunningKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'readiness-probe-missing',
  summary: 'Long-running containers declare a readinessProbe.',
  rationale:
    'Without a readiness probe, a Pod counts as ready as soon as its containers start, so Services send it traffic before it can serve and rolling updates move on before the new version works.',
  fix: 'Add a `readinessProbe` that checks the port the container serves on (an HTTP health endpoint, a TCP socket or a gRPC health check).',
  category: 'reliability',
  severity: 'warning',
  kinds: longRunningKinds,
  preset: 'recommended',
  messages: {
    missing: 'Container "{{container}}" has no readinessProbe.',
  },
  options: ignoreContainersOption,
  peers: { kubeLinter: 'no-readiness-probe', kubeScore: 'pod-probes', polaris: 'readinessProbeMissing' },
  peerDifferences:
    'kube-score is satisfied when any container of a Service-selected pod has a readinessProbe; drydock, like kube-linter and Polaris, asks it of every regular container, selected or not. The peers leave out Jobs and CronJobs, which run to completion; drydock also leaves out a bare Pod with `restartPolicy: Never` or `OnFailure`, which does too (as liveness-probe-missing does).',
  check: probeMissingCheck('readinessProbe'),
});
