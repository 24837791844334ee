import type { JsonPath } from './json-path.js';
import type { JsonObject, Resource } from './resource.js';
/** The path of the pod template of a workload, `[]` for a Pod, undefined for other kinds. */
export declare function podTemplatePath(kind: string): JsonPath | undefined;
/** A workload's pod spec and where it sits in the resource. */
export interface PodSpecRef {
    readonly path: JsonPath;
    readonly spec: JsonObject;
}
/** The pod spec of a workload and its path, or undefined when the kind has none. Do not modify the result. */
export declare function podSpecOf(resource: Resource): PodSpecRef | undefined;
export type ContainerKind = 'container' | 'init' | 'ephemeral';
/** One container of a pod spec, with where it sits in the resource. */
export interface ContainerRef {
    readonly name: string;
    readonly kind: ContainerKind;
    readonly path: JsonPath;
    readonly spec: JsonObject;
}
/** Every container of a workload (init, regular and ephemeral), in manifest order. Do not modify the result. */
export declare function containersOf(resource: Resource): readonly ContainerRef[];
/** True for a plain JSON object (not an array, not null). */
export declare function isObject(value: unknown): value is JsonObject;
/** The labels the Pods of a workload get (the template's; a Pod's own). Do not modify the result. */
export declare function podLabelsOf(resource: Resource): Readonly<Record<string, string>>;
