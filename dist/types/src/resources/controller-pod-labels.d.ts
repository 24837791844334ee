import type { Resource } from './resource.js';
/**
 * Labels a controller adds to each Pod it creates, with values the manifest does not spell out:
 * a StatefulSet names every Pod (`statefulset.kubernetes.io/pod-name: web-0`, and its ordinal in
 * `apps.kubernetes.io/pod-index`), a Job labels its Pods with its name. A Service selecting
 * `statefulset.kubernetes.io/pod-name: web-0` selects that Pod of StatefulSet `web`.
 */
export declare const controllerPodLabelKeys: ReadonlySet<string>;
/** Whether some Pod of `workload` gets the controller label `key` with `value`. */
export declare function controllerPodLabelMatches(workload: Resource, key: string, value: string): boolean;
