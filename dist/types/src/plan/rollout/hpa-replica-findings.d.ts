import { type JsonObject, type Resource, type ResourceSet } from '../../resources/index.js';
import type { RolloutFinding } from './rollout.js';
/**
 * What an apply does to the replica count of a workload an HPA of the input scales: a
 * `spec.replicas` that differs from the current count is reset by every apply until the HPA
 * rescales; removing `spec.replicas` that the last apply set makes client-side apply delete the
 * field, which defaults it to 1 once.
 */
export declare function hpaReplicaFindings(before: JsonObject | undefined, after: Resource, set: ResourceSet, defaultNamespace: string): RolloutFinding[];
