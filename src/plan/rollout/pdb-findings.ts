import {
  namespaceOf,
  parseIntOrPercent,
  podCreatorsOf,
  podLabelsOf,
  scaledCount,
  selectorMatches,
  valueAt,
  type Resource,
  type ResourceSet,
  isKindOf,
  replicatedKinds,
} from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';
import { reviewedReplicas } from './reviewed-replicas.js';

/**
 * PodDisruptionBudgets that allow no voluntary disruption at the workloads' replica counts
 * (minAvailable ≥ the Pods it covers, or maxUnavailable 0): `kubectl drain` and node upgrades
 * wait forever for those Pods. An HPA's minReplicas counts, as the worst case.
 */
export function pdbFindings(set: ResourceSet, defaultNamespace: string): RolloutFinding[] {
  const findings: RolloutFinding[] = [];
  for (const pdb of set.ofKind('PodDisruptionBudget', 'policy')) {
    const namespace = namespaceOf(pdb, defaultNamespace);
    const selector = valueAt(pdb.object, ['spec', 'selector']);
    const covered = podCreatorsOf(set, namespace, defaultNamespace)
      .filter((w) => isKindOf(replicatedKinds, w.kind) && selectorMatches(selector, podLabelsOf(w)));
    if (covered.length === 0) continue;
    const pods = covered.reduce((sum, w) => sum + reviewedReplicas(w, set, defaultNamespace), 0);
    const names = covered.map((w) => `${w.kind}/${w.name}`).join(', ');
    const min = parseIntOrPercent(valueAt(pdb.object, ['spec', 'minAvailable']));
    const max = parseIntOrPercent(valueAt(pdb.object, ['spec', 'maxUnavailable']));
    // the disruption controller rounds both percentages up
    if (min && scaledCount(min, pods) >= pods) {
      findings.push(blocks(pdb, ['spec', 'minAvailable'], `minAvailable ${format(min)} covers ${pods === 1 ? 'the only Pod' : `all ${pods} Pods`} of ${names}`));
    } else if (max && scaledCount(max, pods) === 0) {
      findings.push(blocks(pdb, ['spec', 'maxUnavailable'], `maxUnavailable ${format(max)} allows no Pod of ${names} to go`));
    }
  }
  return findings;
}

function format(value: { kind: 'int' | 'percent'; value: number }): string {
  return value.kind === 'percent' ? `${value.value}%` : String(value.value);
}

function blocks(pdb: Resource, path: string[], why: string): RolloutFinding {
  return {
    code: 'pdb-blocks-drain', severity: 'warning', resource: pdb, path,
    message: `PodDisruptionBudget blocks node drains: ${why}, so no Pod may be evicted.`,
  };
}
