import { defineRule, ignoreInitContainersOption, unsetAmountCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'cpu-limit-missing',
  summary: 'Containers set a CPU limit.',
  rationale:
    "A container without a CPU limit may use every idle core of its node, so its latency depends on its neighbours' load and a runaway process slows the whole node. Some teams leave CPU limits off on purpose to avoid throttling; this rule is therefore only in the `strict` preset.",
  fix: "Set `resources.limits.cpu` above the container's peak usage (for example `1` or `1500m`), or disable this rule if you deliberately run without CPU limits.",
  category: 'resources',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'strict',
  messages: {
    missing: 'Container "{{container}}" has no CPU limit.',
    zero: 'Container "{{container}}" has a zero CPU limit.',
  },
  options: ignoreInitContainersOption,
  peers: { kubeScore: 'container-resources', polaris: 'cpuLimitsMissing' },
  peerDifferences:
    'Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.',
  check: unsetAmountCheck('limits', 'cpu'),
});
