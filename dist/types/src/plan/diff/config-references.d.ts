import { type ConfigRefKind, type Resource, type ResourceSet } from '../../resources/index.js';
/** The workloads of `namespace` whose Pods read the ConfigMap or Secret `name`. */
export declare function workloadsReading(set: ResourceSet, kind: ConfigRefKind, name: string, namespace: string, defaultNamespace: string): Resource[];
