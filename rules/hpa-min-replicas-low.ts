import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { valueAt } from '../src/resources/index.js';

export default defineRule({
  id: 'hpa-min-replicas-low',
  summary: 'A HorizontalPodAutoscaler keeps at least two replicas.',
  rationale:
    'An HPA may scale its workload down to `minReplicas`. With a single replica, a node drain, an eviction or a crash takes the whole service down until a new Pod is ready, and there is no second Pod to absorb a spike while the HPA reacts.\n\n' +
    'drydock reports a `minReplicas` below the `minReplicas` option (2 by default). An unset `minReplicas` (which the API defaults to 1) is only reported when `reportUnset` is on.',
  fix: 'Set `spec.minReplicas` to 2 or more.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['HorizontalPodAutoscaler'],
  preset: 'recommended',
  messages: {
    tooLow: 'HorizontalPodAutoscaler "{{hpa}}" may scale down to {{replicas}} replica(s), fewer than {{minimum}}.',
  },
  options: ruleOptions(
    {
      minReplicas: { type: 'integer', minimum: 1, description: 'The lowest acceptable `minReplicas`.' },
      reportUnset: { type: 'boolean', description: 'Also report an HPA that leaves `minReplicas` unset (which means 1).' },
    },
    { minReplicas: 2, reportUnset: false },
  ),
  peers: { kubeLinter: 'hpa-minimum-three-replicas', kubeScore: 'horizontalpodautoscaler-replicas', polaris: 'hpaMinAvailability' },
  peerDifferences:
    'kube-linter\'s opt-in check asks for at least 3 and reports an unset `minReplicas`; drydock, like kube-score and Polaris, asks for 2 and accepts an unset value by default (`minReplicas`, `reportUnset`).',
  check({ resource, options, report }) {
    const value = valueAt(resource.object, ['spec', 'minReplicas']);
    if (value === undefined || value === null) {
      if (options.reportUnset && options.minReplicas > 1) {
        report({ messageId: 'tooLow', path: ['spec', 'minReplicas'], data: { hpa: resource.name, replicas: 1, minimum: options.minReplicas } });
      }
      return;
    }
    if (typeof value === 'number' && value < options.minReplicas) {
      report({ messageId: 'tooLow', path: ['spec', 'minReplicas'], data: { hpa: resource.name, replicas: value, minimum: options.minReplicas } });
    }
  },
});
