import type { JsonPath } from './json-path.js';
import type { Resource } from './resource.js';
export type ConfigRefKind = 'ConfigMap' | 'Secret';
/** A reference from a pod spec to a ConfigMap or Secret. */
export interface ConfigReference {
    kind: ConfigRefKind;
    ref: Record<string, unknown>;
    /** The path of the object holding `name` (and `key`, `optional`). */
    path: JsonPath;
    /** `name`, or `secretName` for a secret volume. */
    nameField: string;
}
/** Every ConfigMap and Secret reference of a workload's pod spec: env, envFrom and volumes (projected too). */
export declare function configReferencesOf(resource: Resource): ConfigReference[];
