import { defineRule, ignoreContainersOption, probeMissingCheck } from '../src/lint/rule-api.js';
import { isObject, longRunningKinds } from '../src/resources/index.js';

const readinessProbeMissing = probeMissingCheck('readinessProbe');

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
    'kube-score is satisfied when any container of a Service-selected pod has a readinessProbe; drydock, like kube-linter and Polaris, asks it of every regular container, selected or not. A bare Pod with `restartPolicy: Never` or `OnFailure` runs to completion, so drydock does not ask it of its containers.',
  check(context) {
    // a Pod that is not restarted when it exits runs to completion, like a Job's
    const spec = context.resource.object.spec;
    if (context.resource.kind === 'Pod' && isObject(spec) && (spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure')) return;
    readinessProbeMissing(context);
  },
});
