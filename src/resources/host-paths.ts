import type { JsonPath } from './json-path.js';
import { containersOf, isObject, podSpecOf, type ContainerRef } from './pod-template.js';
import type { Resource } from './resource.js';

/** A container's volumeMount of one of its pod's hostPath volumes. */
export interface HostPathMount {
  container: ContainerRef;
  mount: Readonly<Record<string, unknown>>;
  /** Where the mount entry is: `[...container.path, 'volumeMounts', i]`. */
  path: JsonPath;
  /** The volume's `hostPath.path`, as written (not always a string). */
  hostPath: unknown;
}

/** Every mount, in every container of a workload, of a hostPath volume of its pod spec. */
export function hostPathMountsOf(resource: Resource): HostPathMount[] {
  const pod = podSpecOf(resource);
  if (!pod || !Array.isArray(pod.spec.volumes)) return [];
  const hostPaths = new Map<string, unknown>();
  for (const volume of pod.spec.volumes) {
    if (isObject(volume) && typeof volume.name === 'string' && isObject(volume.hostPath)) hostPaths.set(volume.name, volume.hostPath.path);
  }
  if (hostPaths.size === 0) return [];
  const out: HostPathMount[] = [];
  for (const container of containersOf(resource)) {
    const mounts = container.spec.volumeMounts;
    if (!Array.isArray(mounts)) continue;
    mounts.forEach((mount: unknown, index) => {
      if (!isObject(mount) || typeof mount.name !== 'string' || !hostPaths.has(mount.name)) return;
      out.push({ container, mount, path: [...container.path, 'volumeMounts', index], hostPath: hostPaths.get(mount.name) });
    });
  }
  return out;
}

/** Whether a host path is `base` or lies below it (`/var/log` covers `/var/log/pods`, not `/var/logs`). */
export function isPathUnder(path: string, base: string): boolean {
  const trimmed = trimTrailingSlashes(base);
  return path === base || path === trimmed || path.startsWith(`${trimmed}/`);
}

/**
 * `path` without its trailing slashes. A loop, since /\/+$/ retries from every slash of a run
 * and takes seconds on a 200 KB path of slashes followed by one other character.
 */
export function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end--;
  return end === path.length ? path : path.slice(0, end);
}
