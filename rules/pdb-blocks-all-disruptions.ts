import { defineRule } from '../src/lint/rule-api.js';
import { isObject, namespaceOf, podLabelsOf, selectorMatches, parseIntOrPercent, ofKindIn, declaredReplicas, hpaMinReplicas, hpasTargeting, replicatedKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'pdb-blocks-all-disruptions',
  summary: 'A PodDisruptionBudget allows at least one voluntary disruption.',
  rationale:
    'A PodDisruptionBudget that never allows an eviction blocks `kubectl drain`, node upgrades and cluster-autoscaler scale-down forever: maintenance stalls until someone deletes the budget by hand.\n\n' +
    'drydock reports `maxUnavailable: 0` (or `0%`), `minAvailable: 100%`, and a whole-number `minAvailable` that is not below the replica count of a workload of the input it selects (same namespace): the `minReplicas` of the HPA that scales the workload, else its `spec.replicas` (1 when unset). ' +
    'When `minAvailable` is strictly above the HPA\'s `minReplicas`, `pdb-min-available-exceeds-hpa-min` reports it instead.',
  fix: 'Use `maxUnavailable: 1` (or a `minAvailable` below the smallest replica count), so that one Pod at a time may be evicted.',
  category: 'reliability',
  severity: 'warning',
  kinds: ['PodDisruptionBudget'],
  preset: 'recommended',
  messages: {
    maxUnavailableZero: 'PodDisruptionBudget "{{pdb}}" sets maxUnavailable to {{value}}, so no Pod may ever be evicted.',
    minAvailableAll: 'PodDisruptionBudget "{{pdb}}" sets minAvailable to {{value}}, so no Pod may ever be evicted.',
    minAvailableReplicas:
      'PodDisruptionBudget "{{pdb}}" requires {{value}} available Pods, but {{kind}} "{{name}}" runs only {{replicas}}, so none may be evicted.',
  },
  peers: { kubeLinter: 'pdb-max-unavailable', polaris: 'pdbDisruptionsIsZero' },
  peerDifferences:
    'kube-linter splits the check in two (`pdb-max-unavailable` and `pdb-min-available`); drydock reports both cases here. Like kube-linter, and unlike Polaris, it also compares a whole-number `minAvailable` with the replica count of the selected workloads.',
  check({ resource, resources, defaultNamespace, report }) {
    const spec = resource.object.spec;
    if (!isObject(spec)) return;
    const max = parseIntOrPercent(spec.maxUnavailable);
    if (max && max.value === 0) {
      report({ messageId: 'maxUnavailableZero', path: ['spec', 'maxUnavailable'], data: { pdb: resource.name, value: String(spec.maxUnavailable) } });
    }
    const min = parseIntOrPercent(spec.minAvailable);
    if (!min) return;
    if (min.kind === 'percent') {
      if (min.value >= 100) report({ messageId: 'minAvailableAll', path: ['spec', 'minAvailable'], data: { pdb: resource.name, value: String(spec.minAvailable) } });
      return;
    }
    const namespace = namespaceOf(resource, defaultNamespace);
    for (const kind of replicatedKinds) {
      for (const workload of ofKindIn(resources, kind, namespace, defaultNamespace)) {
        if (!selectorMatches(spec.selector, podLabelsOf(workload))) continue;
        const hpaMinima = hpasTargeting(workload, resources, defaultNamespace)
          .map(hpaMinReplicas)
          .filter((n): n is number => n !== undefined);
        const replicas = hpaMinima.length > 0 ? Math.min(...hpaMinima) : declaredReplicas(workload);
        if (replicas === undefined || (hpaMinima.length > 0 && min.value > replicas)) continue;
        if (min.value >= replicas) {
          report({
            messageId: 'minAvailableReplicas',
            path: ['spec', 'minAvailable'],
            data: { pdb: resource.name, value: min.value, kind: workload.kind, name: workload.name, replicas },
          });
          return;
        }
      }
    }
  },
});
