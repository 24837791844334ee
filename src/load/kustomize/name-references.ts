import { isClusterScoped, splitApiVersion } from '../../resources/index.js';
import type { BuiltObject } from './built-object.js';
import { stringAt, type Tracked, type TrackedMap } from './tracked.js';

/** The objects of a build that were renamed, by each of their earlier names. */
type RenamedObjects = ReadonlyMap<string, readonly BuiltObject[]>;

/** A field that names another object: kustomize's nameReference config, as [referral kind, group, referrer kind, path]. */
type Reference = { kind: string; group: string; referrer: string; path: string[] };

const podTemplateAt: Record<string, string> = {
  Pod: 'spec',
  PodTemplate: 'template/spec',
  Deployment: 'spec/template/spec',
  ReplicaSet: 'spec/template/spec',
  DaemonSet: 'spec/template/spec',
  StatefulSet: 'spec/template/spec',
  Job: 'spec/template/spec',
  CronJob: 'spec/jobTemplate/spec/template/spec',
};

function inPodSpecs(kind: string, group: string, paths: string[], referrers = Object.keys(podTemplateAt)): Reference[] {
  return referrers.flatMap((referrer) => paths.map((path) => ({ kind, group, referrer, path: `${podTemplateAt[referrer] ?? 'spec/template/spec'}/${path}`.split('/') })));
}

function plain(kind: string, group: string, pairs: string): Reference[] {
  return pairs.split(';').map((pair) => {
    const [referrer = '', path = ''] = pair.split(' ');
    return { kind, group, referrer, path: path.split('/') };
  });
}

const workloadsWithRc = [...Object.keys(podTemplateAt).filter((kind) => kind !== 'PodTemplate' && kind !== 'ReplicaSet'), 'ReplicationController'];

// api/internal/konfig/builtinpluginconsts/namereference.go (the fields real layouts use)
const references: Reference[] = [
  ...['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map((kind) => ({ kind, group: '*', referrer: 'HorizontalPodAutoscaler', path: ['spec', 'scaleTargetRef', 'name'] })),
  ...inPodSpecs('ConfigMap', '', ['volumes/configMap/name', 'containers/env/valueFrom/configMapKeyRef/name', 'initContainers/env/valueFrom/configMapKeyRef/name', 'containers/envFrom/configMapRef/name', 'initContainers/envFrom/configMapRef/name', 'volumes/projected/sources/configMap/name']),
  ...inPodSpecs('Secret', '', ['volumes/secret/secretName', 'containers/env/valueFrom/secretKeyRef/name', 'initContainers/env/valueFrom/secretKeyRef/name', 'containers/envFrom/secretRef/name', 'initContainers/envFrom/secretRef/name', 'imagePullSecrets/name', 'volumes/projected/sources/secret/name']),
  ...plain('Secret', '', 'Ingress spec/tls/secretName;ServiceAccount imagePullSecrets/name;StorageClass parameters/secretName;StorageClass parameters/adminSecretName;StorageClass parameters/userSecretName;StorageClass parameters/secretRef'),
  ...plain('Service', '', 'StatefulSet spec/serviceName;Ingress spec/rules/http/paths/backend/serviceName;Ingress spec/backend/serviceName;Ingress spec/rules/http/paths/backend/service/name;Ingress spec/defaultBackend/service/name;APIService spec/service/name;ValidatingWebhookConfiguration webhooks/clientConfig/service/name;MutatingWebhookConfiguration webhooks/clientConfig/service/name'),
  ...plain('Role', 'rbac.authorization.k8s.io', 'RoleBinding roleRef/name'),
  ...plain('ClusterRole', 'rbac.authorization.k8s.io', 'RoleBinding roleRef/name;ClusterRoleBinding roleRef/name'),
  ...inPodSpecs('ServiceAccount', '', ['serviceAccountName'], workloadsWithRc),
  ...inPodSpecs('PersistentVolumeClaim', '', ['volumes/persistentVolumeClaim/claimName'], workloadsWithRc),
  ...plain('PersistentVolume', '', 'PersistentVolumeClaim spec/volumeName'),
  ...plain('StorageClass', 'storage.k8s.io', 'PersistentVolume spec/storageClassName;PersistentVolumeClaim spec/storageClassName;StatefulSet spec/volumeClaimTemplates/spec/storageClassName'),
  ...inPodSpecs('PriorityClass', 'scheduling.k8s.io', ['priorityClassName'], workloadsWithRc),
];

/**
 * Points every reference to a renamed object (a prefix, a suffix, a generator's hash) at its new
 * name, as kustomize's nameReference transformer does after a build: config and secret refs,
 * volumes, serviceName, Ingress backends, RBAC roleRefs and ServiceAccount subjects, claimNames.
 * Service selectors are labels, not names, and stay as written. A reference that could mean two
 * objects (same old name, same namespace) is left alone.
 */
export function updateNameReferences(objects: readonly BuiltObject[]): void {
  // renamed objects by each name they had: a reference looks at those of its old name only
  const renamed = new Map<string, BuiltObject[]>();
  for (const object of objects) {
    for (const name of object.previousNames) {
      const named = renamed.get(name);
      if (named) named.push(object);
      else renamed.set(name, [object]);
    }
  }
  if (renamed.size === 0) return;
  for (const referrer of objects) {
    const kind = stringAt(referrer.tree, ['kind']);
    for (const reference of references) {
      if (reference.referrer !== kind) continue;
      for (const [holder, key] of fieldsAt(referrer.tree, reference.path)) {
        if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
          if (stringAt(holder, ['kind']) !== reference.kind) continue;
        }
        if (reference.referrer === 'HorizontalPodAutoscaler' && stringAt(holder, ['kind']) !== reference.kind) continue;
        rename(holder, key, reference, referrer, renamed);
      }
    }
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') renameSubjects(referrer, renamed);
  }
}

/** The maps holding the last key of `path` (lists along the way are walked), with that key. */
function fieldsAt(tree: Tracked, path: readonly string[]): [TrackedMap, string][] {
  const out: [TrackedMap, string][] = [];
  const visit = (node: Tracked | undefined, index: number) => {
    if (!node) return;
    if (node.kind === 'list') return node.items.forEach((item) => visit(item, index));
    const key = path[index];
    if (node.kind !== 'map' || key === undefined) return;
    if (index === path.length - 1) {
      if (node.entries.has(key)) out.push([node, key]);
      return;
    }
    visit(node.entries.get(key), index + 1);
  };
  visit(tree, 0);
  return out;
}

function rename(holder: TrackedMap, key: string, reference: Reference, referrer: BuiltObject, renamed: RenamedObjects): void {
  const field = holder.entries.get(key);
  if (field?.kind !== 'scalar' || typeof field.value !== 'string') return;
  const target = uniqueReferral(field.value, reference.kind, reference.group, namespaceOf(referrer), renamed);
  const name = target && stringAt(target.tree, ['metadata', 'name']);
  if (name !== undefined) holder.entries.set(key, { ...field, value: name });
}

function renameSubjects(binding: BuiltObject, renamed: RenamedObjects): void {
  const subjects = binding.tree.entries.get('subjects');
  if (subjects?.kind !== 'list') return;
  for (const subject of subjects.items) {
    if (subject.kind !== 'map' || stringAt(subject, ['kind']) !== 'ServiceAccount') continue;
    const name = stringAt(subject, ['name']);
    if (name === undefined) continue;
    const target = uniqueReferral(name, 'ServiceAccount', '', stringAt(subject, ['namespace']), renamed, true);
    if (!target) continue;
    const nameField = subject.entries.get('name')!;
    subject.entries.set('name', { ...(nameField as Tracked & { kind: 'scalar' }), value: stringAt(target.tree, ['metadata', 'name']) ?? name });
    const namespace = stringAt(target.tree, ['metadata', 'namespace']);
    const namespaceField = subject.entries.get('namespace');
    if (namespace !== undefined) subject.entries.set('namespace', namespaceField?.kind === 'scalar' ? { ...namespaceField, value: namespace } : { kind: 'scalar', value: namespace, origin: nameField.origin });
  }
}

function uniqueReferral(oldName: string, kind: string, group: string, namespace: string | undefined, renamed: RenamedObjects, byOriginalNamespace = false): BuiltObject | undefined {
  const found = (renamed.get(oldName) ?? []).filter((object) => {
    if (stringAt(object.tree, ['kind']) !== kind) return false;
    const apiVersion = stringAt(object.tree, ['apiVersion']) ?? '';
    if (group !== '*' && splitApiVersion(apiVersion).group !== group) return false;
    if (isClusterScoped({ apiVersion, kind })) return true;
    // a subject names the namespace its ServiceAccount had in the base (or none)
    if (byOriginalNamespace) return namespace === undefined || namespace === object.originalNamespace || namespace === namespaceOf(object);
    return namespaceOf(object) === namespace;
  });
  return found.length === 1 ? found[0] : undefined;
}

function namespaceOf(object: BuiltObject): string | undefined {
  return stringAt(object.tree, ['metadata', 'namespace']);
}
