import { defineRule, requestNotEqualLimitCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'cpu-request-not-equal-limit',
  summary: 'CPU requests equal CPU limits.',
  rationale:
    "A Pod gets the Guaranteed QoS class only when every container's requests equal its limits for both CPU and memory. Guaranteed Pods are the last to be evicted under node pressure and, with the static CPU manager policy, can get exclusive cores; a gap between request and limit also lets a container burst on CPU the scheduler never reserved for it.",
  fix: 'Set `resources.requests.cpu` and `resources.limits.cpu` to the same value (for example both `500m`), or omit the request: Kubernetes then defaults it to the limit.',
  category: 'resources',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    limitMissing: 'Container "{{container}}" sets no CPU limit, so its CPU request and limit are not equal.',
    differs: 'Container "{{container}}" requests {{request}} of CPU but is limited to {{limit}}.',
  },
  peers: { kubeScore: 'container-cpu-requests-equal-limits' },
  peerDifferences:
    'kube-score also fires when only the request is missing; drydock does not, because the API server then defaults the request to the limit. kube-score\'s combined `container-resource-requests-equal-limits` check is this rule together with its memory twin.',
  check: requestNotEqualLimitCheck('cpu', true),
});
