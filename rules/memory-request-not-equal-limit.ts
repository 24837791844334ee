import { defineRule, requestNotEqualLimitCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'memory-request-not-equal-limit',
  summary: 'Memory requests equal memory limits.',
  rationale:
    'A container whose memory limit is above its request can use memory the scheduler never reserved; when the node runs short, the kubelet evicts Pods that use more than they request first, and the OOM killer may hit the container at any point between the two values. Equal values make memory use predictable and, with equal CPU values, give the Pod the Guaranteed QoS class.',
  fix: 'Set `resources.requests.memory` and `resources.limits.memory` to the same value (for example both `512Mi`), or omit the request: Kubernetes then defaults it to the limit.',
  category: 'resources',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    limitMissing: 'Container "{{container}}" sets no memory limit, so its memory request and limit are not equal.',
    differs: 'Container "{{container}}" requests {{request}} of memory but is limited to {{limit}}.',
  },
  peers: { kubeScore: 'container-memory-requests-equal-limits' },
  peerDifferences:
    'kube-score also fires when only the request is missing; drydock does not, because the API server then defaults the request to the limit. kube-score\'s combined `container-resource-requests-equal-limits` check is this rule together with its CPU twin.',
  check: requestNotEqualLimitCheck('memory', true),
});
