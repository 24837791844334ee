import {
  duplicateObjectMessage,
  formatPath,
  hpasTargeting,
  isObject,
  objectKey,
  podTemplatePath,
  splitApiVersion,
  usesStrategicMerge,
  type Diagnostic,
  type JsonObject,
  type JsonPath,
  type Resource,
  type ResourceSet,
  isKindOf,
  templateControllerKinds,
} from '../../resources/index.js';
import { sortInApplyOrder } from './apply-order.js';
import { workloadsReading } from './config-references.js';
import { isBuiltInNamespace, isControllerOwned } from './controller-owned.js';
import { diffFields, type FieldDifference } from './field-diff.js';
import { immutableReason, replaceConsequence } from './immutable-fields.js';
import { maskSecretPair, sensitiveSecretFields } from './mask-secret.js';
import { foldStringData, isSecret, mustMaskValues, withoutEmpty } from './normalize.js';
import { ObjectScope } from './object-scope.js';
import type { BaseKind, Change, FieldChange, Plan, PlanSummary } from '../plan.js';
import { planDiagnostic } from '../plan-diagnostic.js';
import { applyServerDefaults } from './server-defaults.js';
import { isLiveObject, lastAppliedOf, stripServerFields } from './server-fields.js';
import { threeWayMerge } from './three-way-merge.js';

/** The current state a plan compares against. */
export interface PlanBase {
  kind: Exclude<BaseKind, 'none'>;
  /** How to name it in the plan: `git:origin/main`, a folder, a dump file. */
  name: string;
  resources: readonly Resource[];
}

export interface PlanOptions {
  /** The namespace of objects that name none. */
  defaultNamespace: string;
  /** Plan deletes for objects of the base that the input no longer has (`kubectl apply --prune`). */
  prune?: boolean;
}

interface BaseEntry {
  resource: Resource;
  live: boolean;
  matched: boolean;
}

/**
 * Compares the desired manifests with the current state and plans, per object, a create,
 * update, replace, delete or nothing, in apply order. Pure: reads nothing, prints nothing.
 */
export function makePlan(desired: ResourceSet, base: PlanBase | undefined, options: PlanOptions): Plan {
  const scope = new ObjectScope([...desired.ofKind('CustomResourceDefinition'), ...(base?.resources ?? []).filter((r) => r.kind === 'CustomResourceDefinition')]);
  const diagnostics: Diagnostic[] = [];
  const namespaceOf = (resource: { apiVersion: string; kind: string; namespace?: string }) =>
    scope.isClusterScoped(resource.apiVersion, resource.kind) ? undefined : (resource.namespace ?? options.defaultNamespace);

  const baseEntries = new Map<string, BaseEntry>();
  for (const resource of base?.resources ?? []) {
    const live = isLiveObject(resource.object);
    if (live && isControllerOwned(resource.object, resource.kind, resource.name)) continue;
    baseEntries.set(objectKey(resource.apiVersion, resource.kind, namespaceOf(resource), resource.name), { resource, live, matched: false });
  }

  // like `kubectl apply`, the later of two documents for one object wins; the clash is an error
  const winners = new Map<string, Resource>();
  const changes: Change[] = [];
  for (const resource of desired) {
    const namespace = namespaceOf(resource);
    const generateName = isObject(resource.object.metadata) ? resource.object.metadata.generateName : undefined;
    if (!resource.name && typeof generateName === 'string') {
      changes.push(newChange(resource, namespace, 'create', { name: `${generateName}*****`, notes: ['generateName: a new object on every run; `kubectl apply` refuses generateName, use `kubectl create`'] }));
      continue;
    }
    const key = objectKey(resource.apiVersion, resource.kind, namespace, resource.name);
    const earlier = winners.get(key);
    if (earlier) {
      const builtBy = earlier.source.kustomization !== undefined && resource.source.kustomization !== undefined ? ([earlier.source.kustomization, resource.source.kustomization] as const) : undefined;
      diagnostics.push(planDiagnostic(resource, ['metadata', 'name'], 'error', 'duplicate-object', duplicateObjectMessage(resource.kind, resource.name, earlier.rangeOf(['metadata', 'name']), builtBy)));
      winners.delete(key);
    }
    winners.set(key, resource);
  }
  for (const [key, resource] of winners) {
    const namespace = namespaceOf(resource);
    const entry = baseEntries.get(key);
    if (!entry) {
      changes.push(newChange(resource, namespace, 'create', { after: createdObject(resource) }));
      continue;
    }
    entry.matched = true;
    changes.push(compareObject(resource, namespace, entry, desired, options, diagnostics));
  }

  let notPruned = 0;
  for (const entry of baseEntries.values()) {
    if (entry.matched) continue;
    // kubectl prunes only what an earlier `kubectl apply` created (it carries last-applied)
    const prunable = !entry.live || lastAppliedOf(entry.resource.object) !== undefined;
    if (!options.prune || !prunable) {
      notPruned += 1;
      continue;
    }
    const { resource } = entry;
    changes.push({ action: 'delete', apiVersion: resource.apiVersion, kind: resource.kind, namespace: namespaceOf(resource), name: resource.name, step: 0, fields: [], rollout: false, notes: [], before: deletedObject(entry) });
  }

  if (base) checkNamespacesAndCrds(desired, base, scope, namespaceOf, diagnostics);

  sortInApplyOrder(changes);
  changes.forEach((change, i) => (change.step = i + 1));
  return {
    base: base ? { kind: base.kind, name: base.name } : { kind: 'none' },
    defaultNamespace: options.defaultNamespace,
    changes,
    summary: summarize(changes),
    notPruned,
    diagnostics,
  };
}

function newChange(resource: Resource, namespace: string | undefined, action: Change['action'], extra: Partial<Change>): Change {
  const change: Change = { action, apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, step: 0, fields: [], rollout: false, notes: [], desired: resource, ...extra };
  if (namespace !== undefined) change.namespace = namespace;
  return change;
}

/** The two sides of an update, normalised so that only real differences remain. */
function comparable(desired: Resource, entry: BaseEntry): { before: JsonObject; after: JsonObject } {
  const strategic = usesStrategicMerge(splitApiVersion(desired.apiVersion).group);
  const modified = structuredClone(desired.object);
  // a manifest copied from a dump carries what only the server writes; apply never sends it
  stripServerFields(modified, desired.kind, true);
  if (isSecret(desired.apiVersion, desired.kind)) foldStringData(modified);
  if (entry.live) {
    // three-way, like `kubectl apply`: what the last apply set and the manifest no longer has
    // goes; what only the server set stays
    const current = structuredClone(entry.resource.object);
    const original = lastAppliedOf(current) ?? {};
    if (isSecret(desired.apiVersion, desired.kind)) foldStringData(original);
    stripServerFields(current, entry.resource.kind, isObject(modified.metadata) && modified.metadata.ownerReferences !== undefined);
    const merged = threeWayMerge(original, modified, current, { strategic }) as JsonObject;
    // the dump is served in whatever version kubectl asked for; the version is no change
    merged.apiVersion = current.apiVersion;
    return { before: withoutEmpty(current) as JsonObject, after: withoutEmpty(merged) as JsonObject };
  }
  const previous = structuredClone(entry.resource.object);
  stripServerFields(previous, entry.resource.kind, true);
  if (isSecret(entry.resource.apiVersion, entry.resource.kind)) foldStringData(previous);
  applyServerDefaults(previous, entry.resource.kind);
  applyServerDefaults(modified, desired.kind);
  return { before: withoutEmpty(previous) as JsonObject, after: withoutEmpty(modified) as JsonObject };
}

/** A created object as the plan shows it: the manifest without empty fields, Secret values masked. */
function createdObject(resource: Resource): JsonObject {
  const object = structuredClone(resource.object);
  stripServerFields(object, resource.kind, true);
  if (!mustMaskValues(resource.kind)) return withoutEmpty(object) as JsonObject;
  if (isSecret(resource.apiVersion, resource.kind)) foldStringData(object);
  return maskSecretPair(undefined, withoutEmpty(object) as JsonObject).after ?? {};
}

/** A deleted object as the plan shows it: server-written fields dropped, Secret values masked. */
function deletedObject(entry: BaseEntry): JsonObject {
  const object = structuredClone(entry.resource.object);
  stripServerFields(object, entry.resource.kind, !entry.live);
  const cleaned = withoutEmpty(object) as JsonObject;
  return mustMaskValues(entry.resource.kind) ? (maskSecretPair(cleaned, undefined).before ?? {}) : cleaned;
}

function compareObject(resource: Resource, namespace: string | undefined, entry: BaseEntry, desired: ResourceSet, options: PlanOptions, diagnostics: Diagnostic[]): Change {
  const { before, after } = comparable(resource, entry);
  // the namespace is part of the identity, already matched: resolved the same way on both sides
  for (const side of [before, after]) {
    const metadata = isObject(side.metadata) ? side.metadata : (side.metadata = {});
    if (namespace === undefined) delete metadata.namespace;
    else metadata.namespace = namespace;
  }
  const secret = mustMaskValues(resource.kind) || mustMaskValues(entry.resource.kind);
  const strategic = usesStrategicMerge(splitApiVersion(resource.apiVersion).group);
  const differences = diffFields(before, after, { strategic, sensitiveRoots: secret ? sensitiveSecretFields(before, after) : undefined });
  const sides = secret ? maskSecretPair(before, after) : { before, after };
  const change = newChange(resource, namespace, differences.length === 0 ? 'unchanged' : 'update', sides);
  if (entry.resource.apiVersion !== resource.apiVersion) {
    change.previousApiVersion = entry.resource.apiVersion;
    change.notes.push(`apiVersion ${entry.resource.apiVersion} → ${resource.apiVersion} (the same stored object)`);
  }
  const [firstDifference] = differences;
  if (!firstDifference) return change;

  const reasons: string[] = [];
  change.fields = differences.map((difference) => {
    const field = publicField(difference);
    const reason = immutableReason(resource.kind, difference.jsonPath, before, after);
    if (reason) {
      field.forcesReplace = true;
      if (!reasons.includes(reason)) reasons.push(reason);
      change.path ??= difference.jsonPath;
    }
    return field;
  });
  // point at what changed: the field that forces the replace, else the first changed one
  change.path ??= firstDifference.jsonPath;
  if (reasons.length > 0) {
    change.action = 'replace';
    change.reason = reasons.join('; ');
    const consequence = replaceConsequence(resource.kind);
    if (consequence) change.notes.push(consequence);
  }
  const templatePath = podTemplatePath(resource.kind);
  if (templatePath && isKindOf(templateControllerKinds, resource.kind) && differences.some((d) => startsWith(d.jsonPath, templatePath))) {
    change.rollout = true;
    if (resource.object.spec && isObject(resource.object.spec) && resource.object.spec.paused === true) change.notes.push('the Deployment is paused: the new template rolls out only when it is resumed');
  }
  if (resource.kind === 'CronJob' && differences.some((d) => startsWith(d.jsonPath, ['spec', 'jobTemplate']))) {
    change.notes.push('the next scheduled Job uses the new template; running Jobs keep the old one');
  }
  noteReplicasOwnedByHpa(resource, change, differences, entry, desired, options, diagnostics);
  noteConfigNotReloaded(resource, change, desired, options);
  return change;
}

function publicField(difference: FieldDifference): FieldChange {
  const field: FieldChange = { path: difference.path };
  if (difference.sensitive) field.sensitive = true;
  if ('before' in difference) field.before = difference.before;
  if ('after' in difference) field.after = difference.after;
  return field;
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
  return prefix.every((part, i) => path[i] === part);
}

function noteReplicasOwnedByHpa(resource: Resource, change: Change, differences: FieldDifference[], entry: BaseEntry, desired: ResourceSet, options: PlanOptions, diagnostics: Diagnostic[]): void {
  const replicas = differences.find((d) => formatPath(d.jsonPath) === 'spec.replicas');
  if (!replicas) return;
  const hpa = hpasTargeting(resource, desired, options.defaultNamespace)[0];
  if (!hpa) return;
  const declared = isObject(resource.object.spec) ? resource.object.spec.replicas : undefined;
  const message =
    declared === undefined
      ? `spec.replicas was removed while HorizontalPodAutoscaler "${hpa.name}" manages it: the last apply set it, so applying drops it to 1 until the HPA rescales`
      : `spec.replicas is managed by HorizontalPodAutoscaler "${hpa.name}": applying resets it from ${String(replicas.before)} to ${String(replicas.after)} until the HPA rescales`;
  change.notes.push(message);
  const path = declared === undefined ? ['spec'] : ['spec', 'replicas'];
  // removing replicas is the fix; only the live three-way case makes it drop to 1
  if (declared !== undefined || entry.live) diagnostics.push(planDiagnostic(resource, path, 'warning', 'replicas-owned-by-hpa', message));
}

function noteConfigNotReloaded(resource: Resource, change: Change, desired: ResourceSet, options: PlanOptions): void {
  if (resource.kind !== 'ConfigMap' && resource.kind !== 'Secret') return;
  if (!change.fields.some((field) => field.path.startsWith('data') || field.path.startsWith('binaryData'))) return;
  const readers = workloadsReading(desired, resource.kind, resource.name, change.namespace ?? options.defaultNamespace, options.defaultNamespace);
  const notRestarted = readers.filter((workload) => !templateChanged(workload));
  if (notRestarted.length > 0) {
    change.notes.push(`Pods of ${notRestarted.map((w) => `${w.kind}/${w.name}`).join(', ')} will not restart: env values keep the old content (add a checksum annotation to the pod template to roll them)`);
  }
}

// a workload with a checksum/config-hash annotation on its template restarts when it changes
function templateChanged(workload: Resource): boolean {
  const templatePath = podTemplatePath(workload.kind);
  if (!templatePath) return false;
  let template: unknown = workload.object;
  for (const part of templatePath) template = isObject(template) ? template[part] : undefined;
  const annotations = isObject(template) && isObject(template.metadata) && isObject(template.metadata.annotations) ? template.metadata.annotations : {};
  return Object.keys(annotations).some((key) => /checksum|hash/i.test(key));
}

function checkNamespacesAndCrds(desired: ResourceSet, base: PlanBase, scope: ObjectScope, namespaceOf: (r: Resource) => string | undefined, diagnostics: Diagnostic[]): void {
  if (base.kind !== 'live') return;
  // a live dump is ground truth: a namespace no object of it lives in does not exist
  const namespaces = new Set<string>();
  for (const resource of [...desired, ...base.resources]) {
    if (resource.kind === 'Namespace') namespaces.add(resource.name);
    const namespace = namespaceOf(resource);
    if (namespace && base.resources.includes(resource)) namespaces.add(namespace);
  }
  for (const resource of desired) {
    const namespace = namespaceOf(resource);
    if (namespace && !namespaces.has(namespace) && !isBuiltInNamespace(namespace)) {
      diagnostics.push(planDiagnostic(resource, resource.namespace ? ['metadata', 'namespace'] : ['metadata'], 'error', 'namespace-missing', `namespace "${namespace}" exists neither in the input nor in ${base.name}: the create would fail with namespaces "${namespace}" not found`));
    }
    const { group } = splitApiVersion(resource.apiVersion);
    if (!usesStrategicMerge(group) && !scope.hasCrdFor(resource.apiVersion, resource.kind)) {
      diagnostics.push(planDiagnostic(resource, ['kind'], 'error', 'crd-missing', `no CustomResourceDefinition for ${resource.kind} (${group}) in the input or in ${base.name}: apply fails with no matches for kind "${resource.kind}" in version "${resource.apiVersion}"`));
    }
  }
}

function summarize(changes: readonly Change[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, replace: 0, delete: 0, unchanged: 0 };
  for (const change of changes) summary[change.action] += 1;
  return summary;
}
