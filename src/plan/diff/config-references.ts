import { configReferencesOf, podSpecOf, type ConfigRefKind, type Resource, type ResourceSet } from '../../resources/index.js';

/** The workloads of `namespace` whose Pods read the ConfigMap or Secret `name`. */
export function workloadsReading(set: ResourceSet, kind: ConfigRefKind, name: string, namespace: string, defaultNamespace: string): Resource[] {
  return set.items.filter((resource) => {
    if ((resource.namespace ?? defaultNamespace) !== namespace || !podSpecOf(resource)) return false;
    return configReferencesOf(resource).some((reference) => reference.kind === kind && reference.ref[reference.nameField] === name);
  });
}
