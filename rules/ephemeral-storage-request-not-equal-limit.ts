import { defineRule, requestNotEqualLimitCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'ephemeral-storage-request-not-equal-limit',
  summary: 'Ephemeral-storage requests equal ephemeral-storage limits.',
  rationale:
    'The scheduler places a Pod by its ephemeral-storage request, but the kubelet evicts it only when it writes past its limit. Between the two, a container uses node disk that nobody reserved for it; when several Pods on a node do, the disk fills up and the kubelet evicts Pods that had stayed within their requests too. Equal values make disk use predictable.',
  fix: 'Set `resources.requests.ephemeral-storage` and `resources.limits.ephemeral-storage` to the same value (for example both `1Gi`), or omit the request: Kubernetes then defaults it to the limit.',
  category: 'resources',
  severity: 'info',
  kinds: workloadKinds,
  preset: 'all',
  messages: {
    differs: 'Container "{{container}}" requests {{request}} of ephemeral-storage but is limited to {{limit}}.',
  },
  peers: { kubeScore: 'container-ephemeral-storage-request-equals-limit' },
  peerDifferences:
    'Like kube-score, drydock only compares the two when both are set; a missing request or limit is `ephemeral-storage-missing`. drydock compares quantities, so `1Gi` and `1024Mi` are equal.',
  check: requestNotEqualLimitCheck('ephemeral-storage', false),
});
