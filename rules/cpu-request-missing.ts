import { defineRule, ignoreInitContainersOption, unsetAmountCheck } from '../src/lint/rule-api.js';
import { workloadKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'cpu-request-missing',
  summary: 'Containers request CPU.',
  rationale:
    'The scheduler places Pods by their requests. A container without a CPU request counts as needing none, so nodes get overcommitted, the Pod is first in line to be starved under contention, and a HorizontalPodAutoscaler that scales on CPU utilisation cannot compute it.',
  fix: 'Set `resources.requests.cpu` to what the container uses under normal load (for example `250m`), measured from its metrics.',
  category: 'resources',
  severity: 'warning',
  kinds: workloadKinds,
  preset: 'recommended',
  messages: {
    missing: 'Container "{{container}}" does not request CPU.',
    zero: 'Container "{{container}}" requests zero CPU.',
  },
  options: ignoreInitContainersOption,
  peers: { kubeLinter: 'unset-cpu-requirements', kubeScore: 'container-resources', polaris: 'cpuRequestsMissing' },
  peerDifferences:
    'Like kube-linter and kube-score, drydock checks init containers too (Polaris skips them; set `ignoreInitContainers` to match it), and like kube-linter it treats a zero quantity as unset.',
  check: unsetAmountCheck('requests', 'cpu'),
});
