import type { JsonObject, Resource } from '../resources/index.js';
/** The workload a simulated Pod belongs to (the Pod itself for a bare Pod). */
export interface PodOwner {
    apiVersion: string;
    kind: string;
    name: string;
    namespace: string;
}
/**
 * A Pod the controllers would create from the desired manifests (or one already running in a
 * modelled cluster). The scheduler fills `node` and `status`; routing reads labels, ports and
 * status; rollouts count them.
 */
export interface SimulatedPod {
    /** The name the controller would give it: `web-0` for a StatefulSet, `web-<n>` otherwise. */
    name: string;
    namespace: string;
    labels: Readonly<Record<string, string>>;
    /** The pod spec from the template (or the Pod's own spec); shared, never mutated. */
    spec: JsonObject;
    owner: PodOwner;
    /** The desired resource it comes from, for positions (`rangeOf`); absent for running Pods. */
    source?: Resource;
    /** The StatefulSet ordinal. */
    ordinal?: number;
    /**
     * `Scheduled` once the simulation placed it (`node` set), `Pending` when no node fits,
     * `Unsimulated` when no cluster model was given (routing then assumes it would run).
     */
    status: 'Scheduled' | 'Pending' | 'Unsimulated';
    node?: string;
}
