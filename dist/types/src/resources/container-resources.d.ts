import type { JsonPath } from './json-path.js';
import type { ContainerRef } from './pod-template.js';
import type { Resource } from './resource.js';
import type { Quantity } from './quantity.js';
/** One entry of a container's `resources.requests` or `resources.limits`, as a rule sees it. */
export interface ResourceAmount {
    /**
     * `missing`: absent, null or an empty string; `zero`: a zero quantity; `set`: a positive
     * quantity; `invalid`: anything else (schema validation reports it).
     */
    state: 'missing' | 'zero' | 'set' | 'invalid';
    quantity?: Quantity;
    /** The value as written, for messages. */
    text?: string;
    /** The value's path when present, else the path to report the missing field at. */
    path: JsonPath;
}
/** Reads `resources.<section>.<name>` (`requests`/`limits`, `cpu`/`memory`/`ephemeral-storage`) of a container. */
export declare function resourceAmountOf(container: ContainerRef, section: 'requests' | 'limits', name: string): ResourceAmount;
/** A container whose `resources.<section>.<name>` is missing or zero, as the four `*-missing` resource rules report it. */
export interface UnsetResourceAmount {
    state: 'missing' | 'zero';
    container: string;
    path: JsonPath;
}
/**
 * The containers of a workload that leave `resources.<section>.<name>` unset or zero: regular,
 * init (unless `ignoreInitContainers`) and sidecar containers; ephemeral ones may set no resources.
 */
export declare function unsetResourceAmounts(resource: Resource, section: 'requests' | 'limits', name: string, options: {
    ignoreInitContainers: boolean;
}): UnsetResourceAmount[];
