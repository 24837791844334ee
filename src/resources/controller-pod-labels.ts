import type { Resource } from './resource.js';

/**
 * Labels a controller adds to each Pod it creates, with values the manifest does not spell out:
 * a StatefulSet names every Pod (`statefulset.kubernetes.io/pod-name: web-0`, and its ordinal in
 * `apps.kubernetes.io/pod-index`), a Job labels its Pods with its name. A Service selecting
 * `statefulset.kubernetes.io/pod-name: web-0` selects that Pod of StatefulSet `web`.
 */
export const controllerPodLabelKeys: ReadonlySet<string> = new Set([
  'statefulset.kubernetes.io/pod-name', 'apps.kubernetes.io/pod-index', 'job-name', 'batch.kubernetes.io/job-name',
]);

/** Whether some Pod of `workload` gets the controller label `key` with `value`. */
export function controllerPodLabelMatches(workload: Resource, key: string, value: string): boolean {
  if (workload.kind === 'StatefulSet') {
    const ordinal = key === 'statefulset.kubernetes.io/pod-name' ? ordinalAfter(value, `${workload.name}-`) : key === 'apps.kubernetes.io/pod-index' ? ordinalAfter(value, '') : undefined;
    if (ordinal === undefined) return false;
    const spec = workload.object.spec as { replicas?: unknown } | undefined;
    const replicas = spec?.replicas ?? 1;
    // replicas from a template variable or an HPA: any ordinal may exist
    return typeof replicas !== 'number' || ordinal < replicas;
  }
  if (workload.kind === 'Job') return (key === 'job-name' || key === 'batch.kubernetes.io/job-name') && value === workload.name;
  return false;
}

function ordinalAfter(value: string, prefix: string): number | undefined {
  if (!value.startsWith(prefix)) return undefined;
  const digits = value.slice(prefix.length);
  return /^(?:0|[1-9][0-9]{0,8})$/.test(digits) ? Number(digits) : undefined;
}
