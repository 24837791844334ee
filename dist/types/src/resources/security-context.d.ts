import type { JsonPath } from './json-path.js';
import type { ContainerRef, PodSpecRef } from './pod-template.js';
/** The securityContext fields a container can set; the first group may also come from the pod. */
export type SecurityField = 'runAsUser' | 'runAsGroup' | 'runAsNonRoot' | 'seccompProfile' | 'seLinuxOptions' | 'appArmorProfile' | 'windowsOptions' | 'privileged' | 'allowPrivilegeEscalation' | 'readOnlyRootFilesystem' | 'capabilities' | 'procMount';
/** One effective setting: its value (any JSON type), where it is written, and at which level. */
export interface EffectiveSetting {
    value: unknown;
    path: JsonPath;
    from: 'container' | 'pod';
}
/** A container's effective security settings, pod-level values filled in where the container has none. */
export interface EffectiveSecurityContext {
    /** The effective setting of `field`, or undefined when neither level sets it (null counts as unset). */
    get(field: SecurityField): EffectiveSetting | undefined;
    /** The effective value of `field`, or undefined. */
    value(field: SecurityField): unknown;
    /**
     * Where to report `field` when it is missing: inside the container's securityContext when that
     * is an object, else the container's `securityContext` key (so the path's parent exists).
     */
    missingPath(field: SecurityField): JsonPath;
    /** Whether the container or its pod has a securityContext object at all. */
    isDeclared: boolean;
}
/**
 * Merges the pod's and the container's securityContext the way the kubelet does: the container
 * wins, and only the fields PodSecurityContext also has are inherited.
 */
export declare function effectiveSecurityContext(podSpec: PodSpecRef | undefined, container: ContainerRef): EffectiveSecurityContext;
/** One capability name in a container's `capabilities.add` or `.drop`, normalised for comparison. */
export interface CapabilityEntry {
    /** Upper case, without a `CAP_` prefix (the runtime accepts both spellings). */
    name: string;
    path: JsonPath;
}
/** The string entries of a container's `securityContext.capabilities.add` or `.drop`, with their paths. */
export declare function capabilitiesOf(container: ContainerRef, list: 'add' | 'drop'): CapabilityEntry[];
