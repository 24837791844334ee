import type { JsonPath } from './json-path.js';

/**
 * The strategic-merge-patch keys of the built-in lists that `kubectl apply` merges item by item
 * (the `patchMergeKey` tags of k8s.io/api). Any other list is atomic: replaced as a whole.
 */
const byListName: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  volumes: 'name',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  schedulingGates: 'name',
  resourceClaims: 'name',
  env: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  conditions: 'type',
  ownerReferences: 'uid',
};

/** The merge key of the list at `path` in a built-in object, or undefined for an atomic list. */
export function mergeKeyOf(path: JsonPath): string | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  if (last === 'ports') {
    // a container's ports merge on containerPort, a Service's on port
    return path[path.length - 2] === 'spec' ? 'port' : 'containerPort';
  }
  if (last === 'secrets' && path.length === 1) return 'name'; // ServiceAccount.secrets
  return byListName[last];
}

/**
 * Built-in kinds get strategic merge; custom resources (no Go struct tags) get JSON merge
 * patch, where every list is atomic.
 */
export function usesStrategicMerge(group: string): boolean {
  if (group === '') return true;
  if (!group.includes('.')) return true; // apps, batch, policy, autoscaling
  return group.endsWith('.k8s.io') && !group.endsWith('.x-k8s.io') && group !== 'gateway.networking.k8s.io';
}
