import { defineRule, ignoreInitContainersOption, unsetAmountCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'memory-request-missing',
  summary: 'Containers request memory.',
  rationale:
    'The scheduler places Pods by their requests. A container without a memory request counts as needing none, so it can land on a node that has no room for it, and under memory pressure the kubelet evicts Pods that use more than they request first.',
  fix: "Set `resources.requests.memory` to the container's usual working set (for example `256Mi`), measured from its metrics.",
  category: 'resources',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    missing: 'Container "{{container}}" does not request memory.',
    zero: 'Container "{{container}}" requests zero memory.',
  },
  options: ignoreInitContainersOption,
  peers: { kubeScore: 'container-resources', polaris: 'memoryRequestsMissing' },
  peerDifferences:
    'Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.',
  check: unsetAmountCheck('requests', 'memory'),
});
