import { defineRule } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, podLabelsOf, selectorMatches, valueAt, parseIntOrPercent, scaledCount, ofKindIn, hpasTargeting, replicatedKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'pdb-min-available-exceeds-hpa-min',
  summary: 'A PodDisruptionBudget\'s minAvailable stays within the minReplicas of the HPA that scales its Pods.',
  rationale:
    'An HPA may scale a workload down to its `minReplicas`. If a PodDisruptionBudget then demands more available Pods than exist, the budget can never be met: no Pod may be evicted, node drains hang, and the PDB reports itself as unhealthy.\n\n' +
    'drydock looks at the workloads of the input that the PDB selects (same namespace) and the HPAs that scale them, and reports a `minAvailable` (a number, or a percentage of `minReplicas` rounded up) above the HPA\'s explicit `minReplicas`. ' +
    'A `minAvailable` equal to `minReplicas` is reported by `pdb-blocks-all-disruptions`.',
  fix: 'Lower `minAvailable` below the HPA\'s `minReplicas` (or use `maxUnavailable: 1`), or raise `minReplicas`.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['PodDisruptionBudget'],
  preset: 'recommended',
  messages: {
    exceeds:
      'PodDisruptionBudget "{{pdb}}" requires {{required}} available Pods, more than the minReplicas {{minReplicas}} of HorizontalPodAutoscaler "{{hpa}}".',
  },
  peers: { polaris: 'pdbMinAvailableGreaterThanHPAMinReplicas' },
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const min = parseIntOrPercent(spec.minAvailable);
    if (!min) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    for (const kind of replicatedKinds) {
      for (const workload of ofKindIn(resources, kind, namespace, defaultNamespace)) {
        if (!selectorMatches(spec.selector, podLabelsOf(workload))) continue;
        for (const hpa of hpasTargeting(workload, resources, defaultNamespace)) {
          const minReplicas = valueAt(hpa.object, ['spec', 'minReplicas']);
          if (typeof minReplicas !== 'number') continue;
          const required = scaledCount(min, minReplicas);
          if (required > minReplicas) {
            report({ messageId: 'exceeds', path: ['spec', 'minAvailable'], data: { pdb: resource.name, required, minReplicas, hpa: hpa.name } });
            return;
          }
        }
      }
    }
  },
});
