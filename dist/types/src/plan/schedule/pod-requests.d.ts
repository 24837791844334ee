import { type JsonObject } from '../../resources/index.js';
/** Resource amounts in scheduler units (millicores for cpu, else whole units). */
export type Amounts = Map<string, number>;
/**
 * A container's requests as the API server stores them after Pod defaulting: a resource with
 * a limit but no request gets the limit as its request.
 */
export declare function containerRequests(container: unknown): Amounts;
/**
 * The effective request of a Pod (`resource.PodRequests`): the containers plus the sidecars
 * (init containers with `restartPolicy: Always`, which keep running), or the peak of the init
 * phase if higher, plus `spec.overhead`. Pod-level `spec.resources.requests` replace the sum.
 */
export declare function podRequests(spec: JsonObject): Amounts;
/** What scoring counts for a container without requests: 100m CPU, 200 MiB (`DefaultMilliCPURequest`...). */
export declare const defaultScoringCpu = 100;
export declare const defaultScoringMemory: number;
/** The cpu and memory scoring uses: each regular container's request, or the defaults above. */
export declare function scoringRequests(spec: JsonObject): {
    cpu: number;
    memory: number;
};
