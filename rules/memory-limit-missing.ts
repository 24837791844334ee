import { defineRule, ignoreInitContainersOption, unsetAmountCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'memory-limit-missing',
  summary: 'Containers set a memory limit.',
  rationale:
    "Memory cannot be throttled: a container without a memory limit can grow until the node runs out, and then the kernel's OOM killer or the kubelet's evictions hit other Pods on the node too. With a limit, only the leaking container is restarted.",
  fix: "Set `resources.limits.memory` a margin above the container's peak usage (for example equal to or somewhat above `requests.memory`).",
  category: 'resources',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    missing: 'Container "{{container}}" has no memory limit.',
    zero: 'Container "{{container}}" has a zero memory limit.',
  },
  options: ignoreInitContainersOption,
  peers: { kubeLinter: 'unset-memory-requirements', kubeScore: 'container-resources', polaris: 'memoryLimitsMissing' },
  peerDifferences:
    'Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.',
  check: unsetAmountCheck('limits', 'memory'),
});
