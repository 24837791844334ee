import type { JsonPath } from './json-path.js';
import { containersOf, isObject, podSpecOf } from './pod-template.js';
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
export function configReferencesOf(resource: Resource): ConfigReference[] {
  const out: ConfigReference[] = [];
  const add = (kind: ConfigRefKind, ref: unknown, path: JsonPath, nameField = 'name'): void => {
    if (isObject(ref)) out.push({ kind, ref, path, nameField });
  };
  for (const container of containersOf(resource)) {
    const { env, envFrom } = container.spec;
    if (Array.isArray(env)) {
      env.forEach((entry: unknown, i) => {
        const from = isObject(entry) ? entry.valueFrom : undefined;
        if (!isObject(from)) return;
        add('Secret', from.secretKeyRef, [...container.path, 'env', i, 'valueFrom', 'secretKeyRef']);
        add('ConfigMap', from.configMapKeyRef, [...container.path, 'env', i, 'valueFrom', 'configMapKeyRef']);
      });
    }
    if (Array.isArray(envFrom)) {
      envFrom.forEach((entry: unknown, i) => {
        if (!isObject(entry)) return;
        add('Secret', entry.secretRef, [...container.path, 'envFrom', i, 'secretRef']);
        add('ConfigMap', entry.configMapRef, [...container.path, 'envFrom', i, 'configMapRef']);
      });
    }
  }
  const pod = podSpecOf(resource);
  if (pod && Array.isArray(pod.spec.volumes)) {
    pod.spec.volumes.forEach((volume: unknown, v) => {
      if (!isObject(volume)) return;
      const path = [...pod.path, 'volumes', v];
      add('Secret', volume.secret, [...path, 'secret'], 'secretName');
      add('ConfigMap', volume.configMap, [...path, 'configMap']);
      const sources = isObject(volume.projected) ? volume.projected.sources : undefined;
      if (!Array.isArray(sources)) return;
      sources.forEach((source: unknown, s) => {
        if (!isObject(source)) return;
        add('Secret', source.secret, [...path, 'projected', 'sources', s, 'secret']);
        add('ConfigMap', source.configMap, [...path, 'projected', 'sources', s, 'configMap']);
      });
    });
  }
  return out;
}
