import { isClusterScoped, splitApiVersion, type SourceRange } from '../../resources/index.js';
import type { BuiltObject } from './built-object.js';
import { mapsAt, specApplies, type FieldSpec } from './field-specs.js';
import { mapAt, stringAt, type Tracked, type TrackedMap } from './tracked.js';

/** Sets the namespace of every namespaced object, and of RoleBinding subjects named `default`, as kustomize's `namespace` does. */
export function setNamespace(objects: readonly BuiltObject[], namespace: string, at: SourceRange): void {
  const value: Tracked = { kind: 'scalar', value: namespace, origin: { range: at } };
  for (const object of objects) {
    const apiVersion = stringAt(object.tree, ['apiVersion']) ?? '';
    const kind = stringAt(object.tree, ['kind']) ?? '';
    if (!isClusterScoped({ apiVersion, kind })) mapAt(object.tree, ['metadata'], true, { range: at })?.entries.set('namespace', value);
    if (kind === 'Namespace') renameTo(object, namespace, at);
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
      const subjects = object.tree.entries.get('subjects');
      if (subjects?.kind !== 'list') continue;
      for (const subject of subjects.items) {
        if (subject.kind === 'map' && stringAt(subject, ['name']) === 'default') subject.entries.set('namespace', value);
      }
    }
    if (kind === 'APIService' && splitApiVersion(apiVersion).group === 'apiregistration.k8s.io') {
      const service = mapAt(object.tree, ['spec', 'service'], false, { range: at });
      service?.entries.set('namespace', value);
    }
  }
}

// kustomize leaves the names of these alone (they are cluster-wide identities)
const keepsName = new Set(['CustomResourceDefinition', 'APIService', 'Namespace']);

/** Adds `namePrefix` and `nameSuffix` to every name but those of CRDs, APIServices and Namespaces. */
export function addNameAffixes(objects: readonly BuiltObject[], affix: { prefix?: string; suffix?: string }, at: { prefix?: SourceRange; suffix?: SourceRange }): void {
  for (const object of objects) {
    if (keepsName.has(stringAt(object.tree, ['kind']) ?? '')) continue;
    const name = stringAt(object.tree, ['metadata', 'name']);
    if (name === undefined) continue;
    const range = (affix.prefix ? at.prefix : at.suffix) ?? at.prefix ?? at.suffix!;
    renameTo(object, `${affix.prefix ?? ''}${name}${affix.suffix ?? ''}`, range);
  }
}

/** Gives an object a new name, remembering the old one for references and patch targets. */
export function renameTo(object: BuiltObject, name: string, at: SourceRange): void {
  const metadata = mapAt(object.tree, ['metadata'], true, { range: at })!;
  const old = stringAt(metadata, ['name']);
  if (old === name) return;
  if (old !== undefined && !object.previousNames.includes(old)) object.previousNames.push(old);
  metadata.entries.set('name', { kind: 'scalar', value: name, origin: { range: at } });
}

/** Writes each key/value into the maps the field specs name (labels, selectors, annotations). */
export function addToFields(objects: readonly BuiltObject[], pairs: ReadonlyArray<[string, string, SourceRange]>, specs: readonly FieldSpec[]): void {
  const [first] = pairs;
  if (!first) return;
  // maps the specs create point at the first pair's line
  const created = { range: first[2] };
  for (const object of objects) {
    for (const spec of specs) {
      if (!specApplies(spec, object.tree)) continue;
      for (const map of mapsAt(object.tree, spec, created)) {
        for (const [key, value, range] of pairs) map.entries.set(key, { kind: 'scalar', value, origin: { range } });
      }
    }
  }
}

const replicaKinds = new Set(['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet']);

/** Sets spec.replicas of the workloads named by a `replicas` entry (by current or earlier name). */
export function setReplicas(objects: readonly BuiltObject[], name: string, count: number, at: SourceRange): void {
  for (const object of objects) {
    if (!replicaKinds.has(stringAt(object.tree, ['kind']) ?? '')) continue;
    const current = stringAt(object.tree, ['metadata', 'name']);
    if (current !== name && !object.previousNames.includes(name)) continue;
    mapAt(object.tree, ['spec'], true, { range: at })?.entries.set('replicas', { kind: 'scalar', value: count, origin: { range: at } });
  }
}

/** One `images` entry. */
export interface ImageOverride {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/**
 * Rewrites the images of every `containers` and `initContainers` list in the objects (kustomize
 * looks at any depth, custom resources included) whose image name is `name`.
 */
export function setImages(objects: readonly BuiltObject[], override: ImageOverride, at: SourceRange): void {
  const visit = (node: Tracked, key?: string) => {
    if (node.kind === 'list') {
      for (const item of node.items) {
        if ((key === 'containers' || key === 'initContainers') && item.kind === 'map') rewrite(item, override, at);
        visit(item);
      }
    } else if (node.kind === 'map') {
      for (const [childKey, child] of node.entries) visit(child, childKey);
    }
  };
  for (const object of objects) visit(object.tree);
}

function rewrite(container: TrackedMap, override: ImageOverride, at: SourceRange): void {
  const image = stringAt(container, ['image']);
  if (image === undefined) return;
  const parts = splitImage(image);
  if (parts.name !== override.name) return;
  const name = override.newName ?? parts.name;
  let reference = parts.reference;
  if (override.digest !== undefined) reference = `@${override.digest}`;
  else if (override.newTag !== undefined) reference = `:${override.newTag}`;
  container.entries.set('image', { kind: 'scalar', value: `${name}${reference}`, origin: { range: at } });
}

/** An image reference as name and `:tag`/`@digest` (a registry's `:port` is part of the name). */
function splitImage(image: string): { name: string; reference: string } {
  const at = image.indexOf('@');
  const beforeDigest = at === -1 ? image : image.slice(0, at);
  const colon = beforeDigest.lastIndexOf(':');
  const end = colon > beforeDigest.lastIndexOf('/') ? colon : beforeDigest.length;
  return { name: image.slice(0, end), reference: image.slice(end) };
}
