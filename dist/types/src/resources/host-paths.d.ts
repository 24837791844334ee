import type { JsonPath } from './json-path.js';
import { type ContainerRef } from './pod-template.js';
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
export declare function hostPathMountsOf(resource: Resource): HostPathMount[];
/** Whether a host path is `base` or lies below it (`/var/log` covers `/var/log/pods`, not `/var/logs`). */
export declare function isPathUnder(path: string, base: string): boolean;
/**
 * `path` without its trailing slashes. A loop, since /\/+$/ retries from every slash of a run
 * and takes seconds on a 200 KB path of slashes followed by one other character.
 */
export declare function trimTrailingSlashes(path: string): string;
