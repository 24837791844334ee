import { defineRule, ruleOptions } from '../src/lint/rule-api.js';
import { podLabelsOf, namespaceOf, selectorMatches, valueAt, ofKindIn, isKnownBelowReplicas, scalableKinds } from '../src/resources/index.js';

export default defineRule({
  id: 'pdb-missing',
  summary: 'A replicated Deployment or StatefulSet is covered by a PodDisruptionBudget.',
  rationale:
    'Without a PodDisruptionBudget, a node drain or cluster upgrade may evict every replica of a workload at once, turning routine maintenance into an outage.\n\n' +
    'drydock reports a Deployment or StatefulSet when no PodDisruptionBudget in the same namespace of the input selects its pod template labels. ' +
    'Workloads known to run fewer than `minReplicas` replicas (2 by default) are skipped, since a PDB for a single Pod either allows its eviction anyway or blocks node drains: an explicit `spec.replicas` below it, or an HPA of the input whose `maxReplicas` is below it. ' +
    'An unset `spec.replicas` is checked, as kube-score does, because an autoscaler usually owns the count then.',
  fix: 'Add a PodDisruptionBudget whose `selector` matches the pod template labels, with `maxUnavailable: 1` (or a `minAvailable` below the replica count).',
  category: 'reliability',
  severity: 'warning',
  kinds: scalableKinds,
  preset: 'recommended',
  messages: {
    missing: 'No PodDisruptionBudget in namespace "{{namespace}}" selects the Pods of {{kind}} "{{name}}".',
  },
  options: ruleOptions(
    {
      minReplicas: { type: 'integer', minimum: 1, description: 'Only report workloads that may run at least this many replicas.' },
    },
    { minReplicas: 2 },
  ),
  peers: { kubeScore: 'deployment-has-poddisruptionbudget', polaris: 'missingPodDisruptionBudget' },
  peerDifferences:
    'Polaris reports every Deployment, whatever its replica count; drydock, like kube-score, skips an explicit `replicas` below `minReplicas`, and also skips a workload whose HPA has a `maxReplicas` below it. ' +
    'kube-score\'s StatefulSet check is `statefulset-has-poddisruptionbudget`.',
  check({ resource, resources, defaultNamespace, options, report }) {
    if (isKnownBelowReplicas(resource, resources, defaultNamespace, options.minReplicas)) return;
    const namespace = namespaceOf(resource, defaultNamespace);
    const labels = podLabelsOf(resource);
    const covered = ofKindIn(resources, 'PodDisruptionBudget', namespace, defaultNamespace).some((pdb) =>
      selectorMatches(valueAt(pdb.object, ['spec', 'selector']), labels),
    );
    if (!covered) report({ messageId: 'missing', path: ['metadata', 'name'], data: { kind: resource.kind, name: resource.name, namespace } });
  },
});
