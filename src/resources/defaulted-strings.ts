import type { JsonPath } from './json-path.js';
import { isObject, podTemplatePath } from './pod-template.js';
import type { JsonObject } from './resource.js';
import { memoByString } from './memo-by-string.js';
import { splitApiVersion } from './resource-id.js';

// String fields the API server defaults when they are empty. Go decodes a missing string field
// and `""` to the same zero value, and the defaulting functions fill it in when it `== ""`, so
// an explicit `""` on one of these fields is the same as leaving it out. Pointer fields
// (`*string`, such as completionMode or NetworkPolicyPort.protocol) are not here: for them `""`
// is not nil and stays. The list was taken from every SetDefaults_* that tests `== ""` (or
// `len(...) == 0`) on a string, and from the `+default` markers the generated defaulters apply:
// pkg/apis/core/v1 (Container, PodSpec, Service, Secret, PersistentVolume, Endpoints,
// HTTPGetAction, ObjectFieldSelector, ContainerPort and ServicePort protocol, RBD, iSCSI and
// ScaleIO volume sources, image volumes), apps/v1 (Deployment, DaemonSet, StatefulSet), batch/v1
// (CronJob), rbac/v1 (RoleBinding, ClusterRoleBinding, Subject) and apiextensions/v1
// (CustomResourceDefinitionSpec names). Kubernetes 1.28-1.36.

const containerFields = [
  'imagePullPolicy', 'terminationMessagePath', 'terminationMessagePolicy', 'ports.*.protocol',
  'env.*.valueFrom.fieldRef.apiVersion',
  ...['livenessProbe', 'readinessProbe', 'startupProbe', 'lifecycle.postStart', 'lifecycle.preStop']
    .flatMap((handler) => [`${handler}.httpGet.path`, `${handler}.httpGet.scheme`]),
];

const volumeSourceFields = [
  'rbd.pool', 'rbd.user', 'rbd.keyring', 'iscsi.iscsiInterface', 'scaleIO.storageMode', 'scaleIO.fsType',
];

const podSpecFields = [
  'dnsPolicy', 'restartPolicy', 'schedulerName',
  ...['containers', 'initContainers', 'ephemeralContainers'].flatMap((list) => containerFields.map((field) => `${list}.*.${field}`)),
  ...volumeSourceFields.map((field) => `volumes.*.${field}`),
  'volumes.*.image.pullPolicy',
  'volumes.*.downwardAPI.items.*.fieldRef.apiVersion',
  'volumes.*.projected.sources.*.downwardAPI.items.*.fieldRef.apiVersion',
];

/** Defaulted fields outside the pod spec, by `group/Kind` (core kinds as `/Kind`). */
const objectFields: Record<string, readonly string[]> = {
  '/Service': ['spec.type', 'spec.sessionAffinity', 'spec.externalTrafficPolicy', 'spec.ports.*.protocol'],
  '/Secret': ['type'],
  '/PersistentVolume': ['spec.persistentVolumeReclaimPolicy', ...volumeSourceFields.map((field) => `spec.${field}`)],
  '/Endpoints': ['subsets.*.ports.*.protocol'],
  'apps/Deployment': ['spec.strategy.type'],
  'apps/DaemonSet': ['spec.updateStrategy.type'],
  'apps/StatefulSet': [
    'spec.podManagementPolicy', 'spec.updateStrategy.type',
    'spec.persistentVolumeClaimRetentionPolicy.whenDeleted', 'spec.persistentVolumeClaimRetentionPolicy.whenScaled',
  ],
  'batch/CronJob': ['spec.concurrencyPolicy'],
  'rbac.authorization.k8s.io/RoleBinding': ['roleRef.apiGroup', 'subjects.*.apiGroup'],
  'rbac.authorization.k8s.io/ClusterRoleBinding': ['roleRef.apiGroup', 'subjects.*.apiGroup'],
  'apiextensions.k8s.io/CustomResourceDefinition': ['spec.names.singular', 'spec.names.listKind'],
};

/** A tree of path segments; `*` stands for every item of an array, `true` marks a defaulted field. */
interface Trie { [segment: string]: Trie | true }

/** The same tree as lists, so that a walk allocates nothing until it finds an empty field. */
type Node = readonly (readonly [segment: string, next: Node | true])[];

function addPath(trie: Trie, segments: readonly string[]): void {
  let node = trie;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      node[segment] = true;
      return;
    }
    const next = node[segment];
    node = next === undefined || next === true ? (node[segment] = {}) : next;
  });
}

function toNode(trie: Trie): Node {
  return Object.entries(trie).map(([segment, next]) => [segment, next === true ? true : toNode(next)] as const);
}

const nodes = new Map<string, Node>();
const groupOf = memoByString((apiVersion: string) => splitApiVersion(apiVersion).group);

function nodeFor(group: string, kind: string): Node | undefined {
  const key = `${group}/${kind}`;
  const template = podTemplatePath(kind);
  // pod templates exist in the core, apps and batch groups only
  const hasTemplate = template !== undefined && ['', 'apps', 'batch'].includes(group);
  // only kinds of the tables are remembered, so input cannot grow the cache
  if (!Object.hasOwn(objectFields, key) && !hasTemplate) return undefined;
  let node = nodes.get(key);
  if (node === undefined) {
    const paths = [...(objectFields[key] ?? [])];
    if (hasTemplate) for (const field of podSpecFields) paths.push([...template, 'spec', field].join('.'));
    const trie: Trie = {};
    for (const path of paths) addPath(trie, path.split('.'));
    nodes.set(key, (node = toNode(trie)));
  }
  return node;
}

function collect(value: unknown, node: Node, at: (string | number)[], out: JsonPath[]): void {
  for (const [segment, next] of node) {
    if (segment === '*') {
      if (!Array.isArray(value) || next === true) continue;
      for (let i = 0; i < value.length; i++) {
        at.push(i);
        collect(value[i], next, at, out);
        at.pop();
      }
      continue;
    }
    if (!isObject(value) || !Object.hasOwn(value, segment)) continue;
    const child = value[segment];
    if (next === true) {
      if (child === '') out.push([...at, segment]);
      continue;
    }
    at.push(segment);
    collect(child, next, at, out);
    at.pop();
  }
}

/**
 * The paths where `object` holds `""` on a field the API server defaults when empty; usually
 * none. `apiVersion` and `kind` say which object it is.
 */
export function emptyDefaultedFields(object: JsonObject, apiVersion: string, kind: string): JsonPath[] {
  const node = nodeFor(groupOf(apiVersion), kind);
  if (!node) return [];
  const out: JsonPath[] = [];
  collect(object, node, [], out);
  return out;
}

/** Deletes, in place, the `""` of every field the server defaults when empty. */
export function removeEmptyDefaults(object: JsonObject, apiVersion: string, kind: string): void {
  for (const path of emptyDefaultedFields(object, apiVersion, kind)) {
    let parent: unknown = object;
    for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
    delete (parent as JsonObject)[path[path.length - 1] as string];
  }
}

/**
 * `object` as the server's defaulting leaves it for empty strings: a copy without the `""` of
 * fields it defaults, so checks see them as absent; the object itself when there are none.
 */
export function withoutEmptyDefaults(object: JsonObject, apiVersion: string, kind: string): JsonObject {
  if (emptyDefaultedFields(object, apiVersion, kind).length === 0) return object;
  const copy = structuredClone(object);
  removeEmptyDefaults(copy, apiVersion, kind);
  return copy;
}
