import { minorOf, parseIntOrPercent, scaledCount, type Resource } from '../../resources/index.js';
import { rollingUpdateBounds } from './rolling-update-bounds.js';
import type { RolloutFinding } from './rollout.js';
import { intOrStringAt, stringAt } from './workload-fields.js';

/**
 * Findings about how a workload's update strategy treats its `replicas` Pods: a maxUnavailable
 * that lets every Pod go down at once, and Recreate, which always stops every Pod first.
 */
export function strategyFindings(workload: Resource, replicas: number, kubernetesVersion: string): RolloutFinding[] {
  if (workload.kind === 'Deployment') return deploymentFindings(workload, replicas);
  if (workload.kind === 'StatefulSet') return statefulSetFindings(workload, replicas, kubernetesVersion);
  if (workload.kind === 'DaemonSet') return daemonSetFindings(workload);
  return [];
}

function deploymentFindings(workload: Resource, replicas: number): RolloutFinding[] {
  const object = workload.object;
  if (stringAt(object, ['spec', 'strategy', 'type'], 'RollingUpdate') === 'Recreate') {
    const pods = replicas === 1 ? 'its only Pod' : `all ${replicas} Pods`;
    return [{
      code: 'recreate-downtime', severity: 'warning', resource: workload, path: ['spec', 'strategy', 'type'],
      message: `Strategy Recreate stops ${pods} before starting new ones: every rollout is an outage.`,
    }];
  }
  const path = ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable'];
  const written = intOrStringAt(object, path);
  const bounds = rollingUpdateBounds(replicas, intOrStringAt(object, ['spec', 'strategy', 'rollingUpdate', 'maxSurge']), written);
  if (replicas === 0 || bounds.minAvailable > 0) return [];
  return [dropsAll(workload, path, written, replicas)];
}

function statefulSetFindings(workload: Resource, replicas: number, kubernetesVersion: string): RolloutFinding[] {
  // maxUnavailable is only honoured once MaxUnavailableStatefulSet is on by default (1.35)
  if (minorOf(kubernetesVersion) < 35 || replicas === 0) return [];
  const path = ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'];
  const written = intOrStringAt(workload.object, path);
  const parsed = parseIntOrPercent(written);
  if (!parsed) return [];
  return scaledCount(parsed, replicas) >= replicas ? [dropsAll(workload, path, written, replicas)] : [];
}

function daemonSetFindings(workload: Resource): RolloutFinding[] {
  const path = ['spec', 'updateStrategy', 'rollingUpdate', 'maxUnavailable'];
  const written = intOrStringAt(workload.object, path);
  const parsed = parseIntOrPercent(written);
  if (parsed?.kind !== 'percent' || parsed.value < 100) return [];
  return [{
    code: 'unavailable-drops-all', severity: 'warning', resource: workload, path,
    message: `maxUnavailable ${String(written)} lets a rollout take the Pods of every node down at once.`,
  }];
}

function dropsAll(workload: Resource, path: (string | number)[], written: unknown, replicas: number): RolloutFinding {
  return {
    code: 'unavailable-drops-all', severity: 'warning', resource: workload, path,
    message: `maxUnavailable ${String(written)} with ${replicas} ${replicas === 1 ? 'replica' : 'replicas'} lets a rollout take every ready Pod down at once.`,
  };
}
