import { isObject, podSpecOf, type Resource, type ResourceSet } from '../resources/index.js';

/** Every ConfigMap and Secret name a pod spec reads: volumes, projected sources, env and envFrom. */
function referencedNames(spec: Record<string, unknown>): { ConfigMap: Set<string>; Secret: Set<string> } {
  const found = { ConfigMap: new Set<string>(), Secret: new Set<string>() };
  const add = (kind: 'ConfigMap' | 'Secret', name: unknown) => {
    if (typeof name === 'string') found[kind].add(name);
  };
  const volumes = Array.isArray(spec.volumes) ? spec.volumes : [];
  for (const volume of volumes) {
    if (!isObject(volume)) continue;
    if (isObject(volume.configMap)) add('ConfigMap', volume.configMap.name);
    if (isObject(volume.secret)) add('Secret', volume.secret.secretName);
    const sources = isObject(volume.projected) && Array.isArray(volume.projected.sources) ? volume.projected.sources : [];
    for (const source of sources) {
      if (!isObject(source)) continue;
      if (isObject(source.configMap)) add('ConfigMap', source.configMap.name);
      if (isObject(source.secret)) add('Secret', source.secret.name);
    }
  }
  for (const list of ['containers', 'initContainers']) {
    const containers = Array.isArray(spec[list]) ? spec[list] : [];
    for (const container of containers) {
      if (!isObject(container)) continue;
      for (const from of Array.isArray(container.envFrom) ? container.envFrom : []) {
        if (!isObject(from)) continue;
        if (isObject(from.configMapRef)) add('ConfigMap', from.configMapRef.name);
        if (isObject(from.secretRef)) add('Secret', from.secretRef.name);
      }
      for (const variable of Array.isArray(container.env) ? container.env : []) {
        if (!isObject(variable) || !isObject(variable.valueFrom)) continue;
        if (isObject(variable.valueFrom.configMapKeyRef)) add('ConfigMap', variable.valueFrom.configMapKeyRef.name);
        if (isObject(variable.valueFrom.secretKeyRef)) add('Secret', variable.valueFrom.secretKeyRef.name);
      }
    }
  }
  return found;
}

/** The workloads of `namespace` whose Pods read the ConfigMap or Secret `name`. */
export function workloadsReading(set: ResourceSet, kind: 'ConfigMap' | 'Secret', name: string, namespace: string, defaultNamespace: string): Resource[] {
  return set.items.filter((resource) => {
    if ((resource.namespace ?? defaultNamespace) !== namespace) return false;
    const pod = podSpecOf(resource);
    return pod !== undefined && referencedNames(pod.spec)[kind].has(name);
  });
}
