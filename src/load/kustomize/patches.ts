import path from 'node:path';
import { isObject, quoteName, splitApiVersion, type JsonPath, type SourceRange } from '../../resources/index.js';
import { patchTypeOf } from '../../resources/patch-strategies/index.js';
import { loadDocuments, parseDocuments, type PositionedDocument } from '../load-documents.js';
import { listField, type BuildContext, type Kustomization } from './build-context.js';
import { idOf, patchedBy, type BuiltObject } from './built-object.js';
import { applyJsonPatch, JsonPatchError, type JsonPatchOperation } from './json-patch.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import { inlineLineMap } from './inline-text.js';
import { strategicMerge } from './strategic-merge.js';
import { targetMatcher, type TargetMatcher, type TargetSelector } from './target-selector.js';
import { stringAt, track, type TrackedMap } from './tracked.js';

/** `patchesStrategicMerge`, then `patches` (strategic merge or JSON 6902, with or without a target). */
export function applyStrategicPatches(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): BuiltObject[] {
  let out = objects;
  const { at } = kustomization;
  listField(context, kustomization, 'patchesStrategicMerge').forEach((entry, i) => {
    if (typeof entry !== 'string') return context.invalid(at(['patchesStrategicMerge', i]), 'each patchesStrategicMerge entry is a file or an inline patch');
    const documents = patchDocuments(context, kustomization, entry, ['patchesStrategicMerge', i]);
    for (const document of documents) out = patchById(context, out, document, at(['patchesStrategicMerge', i]));
  });
  listField(context, kustomization, 'patches').forEach((entry, i) => {
    const where = at(['patches', i]);
    if (!isObject(entry)) return context.invalid(where, 'each patches entry is a mapping with path or patch');
    const documents = patchBody(context, kustomization, entry, ['patches', i]);
    if (documents === undefined) return;
    const target = entry.target === undefined ? undefined : selectorOf(context, entry.target, at(['patches', i, 'target']));
    if (target === null) return;
    const options = isObject(entry.options) ? entry.options : {};
    for (const document of documents) {
      if (Array.isArray(document.value)) {
        if (target === undefined) context.invalid(where, 'a JSON 6902 patch needs a target');
        else out = patchTargets(context, out, target, at(['patches', i, 'target']), (object) => jsonPatch(context, object, document));
        continue;
      }
      if (!isObject(document.value)) {
        context.invalid(document.rangeOf([]), 'a patch is a mapping (strategic merge) or a list of operations (JSON 6902)');
        continue;
      }
      if (target === undefined) out = patchById(context, out, document, where);
      else out = patchTargets(context, out, target, at(['patches', i, 'target']), (object) => mergeInto(object, document, { keepName: options.allowNameChange === true, keepKind: options.allowKindChange === true }));
    }
  });
  return out;
}

/** `patchesJson6902`: operations on the objects its `target` selects. */
export function applyJson6902Patches(context: BuildContext, kustomization: Kustomization, objects: BuiltObject[]): BuiltObject[] {
  let out = objects;
  const { at } = kustomization;
  listField(context, kustomization, 'patchesJson6902').forEach((entry, i) => {
    if (!isObject(entry)) return context.invalid(at(['patchesJson6902', i]), 'each patchesJson6902 entry is a mapping with target and path or patch');
    const target = selectorOf(context, entry.target, at(['patchesJson6902', i, 'target']));
    if (!target) return;
    const documents = patchBody(context, kustomization, entry, ['patchesJson6902', i]);
    for (const document of documents ?? []) {
      out = patchTargets(context, out, target, at(['patchesJson6902', i, 'target']), (object) => jsonPatch(context, object, document));
    }
  });
  return out;
}

/** The documents of a `path:` or `patch:` entry. */
function patchBody(context: BuildContext, kustomization: Kustomization, entry: Record<string, unknown>, at: JsonPath): PositionedDocument[] | undefined {
  if (typeof entry.path === 'string') return patchFile(context, kustomization, entry.path, [...at, 'path']);
  if (typeof entry.patch === 'string') return inlinePatch(context, kustomization, entry.patch, [...at, 'patch']);
  context.invalid(kustomization.at(at), 'a patch needs path or patch');
  return undefined;
}

/**
 * A patchesStrategicMerge entry: a file when one is there, else an inline patch (kustomize's
 * rule). Whether a file is there is asked only where input may read: an entry leading elsewhere
 * is refused as a path, so that the build never tells whether a file outside the root exists.
 */
function patchDocuments(context: BuildContext, kustomization: Kustomization, entry: string, at: JsonPath): PositionedDocument[] {
  if (entry.includes('\n')) return inlinePatch(context, kustomization, entry, at);
  const file = path.resolve(kustomization.dir, entry);
  return context.kindSeenByInput(file) !== 'absent' ? patchFile(context, kustomization, entry, at) : inlinePatch(context, kustomization, entry, at);
}

function patchFile(context: BuildContext, kustomization: Kustomization, entry: string, at: JsonPath): PositionedDocument[] {
  const file = path.resolve(kustomization.dir, entry);
  const where = kustomization.at(at);
  if (!context.mayRead(file, where)) return [];
  if (context.reader.kindOf(file) !== 'file') {
    context.report(kustomizeDiagnostic('missing-resource', 'error', `no such patch file: ${quoteName(entry)}`, where));
    return [];
  }
  context.checkLoadRestriction(kustomization.dir, file, where);
  context.files.add(file);
  const loaded = loadDocuments(context.reader, file);
  loaded.diagnostics.forEach((d) => context.report(d));
  return loaded.documents;
}

function inlinePatch(context: BuildContext, kustomization: Kustomization, text: string, at: JsonPath): PositionedDocument[] {
  const where = kustomization.at(at);
  const parsed = parseDocuments(text, context.name(kustomization.file), false, inlineLineMap(kustomization.lines(), where, text));
  parsed.diagnostics.forEach((d) => context.report(d));
  return parsed.documents;
}

function selectorOf(context: BuildContext, value: unknown, at: SourceRange): TargetMatcher | null {
  if (!isObject(value)) {
    context.invalid(at, 'a patch target is a mapping (kind, name, labelSelector, ...)');
    return null;
  }
  const target: TargetSelector = {};
  for (const field of ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const) {
    const given = value[field];
    if (typeof given === 'string') target[field] = given;
  }
  const matcher = targetMatcher(target);
  if ('problem' in matcher) {
    context.invalid(at, matcher.problem);
    return null;
  }
  return matcher.matches;
}

/** Applies `patch` to each selected object; a target that selects nothing is a warning (kustomize builds on). */
function patchTargets(context: BuildContext, objects: BuiltObject[], isSelected: TargetMatcher, at: SourceRange, patch: (object: BuiltObject) => BuiltObject | undefined): BuiltObject[] {
  let matched = false;
  const out: BuiltObject[] = [];
  for (const object of objects) {
    if (!isSelected(object)) {
      out.push(object);
      continue;
    }
    matched = true;
    const patched = patch(object);
    if (patched) out.push(patched);
  }
  if (!matched) context.report(kustomizeDiagnostic('patch-matches-nothing', 'warning', 'this patch target selects no object of the build, so the patch changes nothing', at));
  return out;
}

/** A strategic-merge patch applied to the object with its kind and name; none is an error, as in kustomize. */
function patchById(context: BuildContext, objects: BuiltObject[], document: PositionedDocument, at: SourceRange): BuiltObject[] {
  const patch = document.value as Record<string, unknown>;
  const metadata = isObject(patch.metadata) ? patch.metadata : {};
  const kind = typeof patch.kind === 'string' ? patch.kind : '';
  const { group } = splitApiVersion(typeof patch.apiVersion === 'string' ? patch.apiVersion : '');
  const name = typeof metadata.name === 'string' ? metadata.name : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
  let matched = false;
  const out: BuiltObject[] = [];
  for (const object of objects) {
    const id = idOf(object);
    const isTarget = id.kind === kind && id.group === group && (id.name === name || object.previousNames.includes(name)) && (namespace === undefined || id.namespace === namespace);
    if (!isTarget) {
      out.push(object);
      continue;
    }
    matched = true;
    // the patch names the object by any of its names; the object keeps its current one
    const patched = mergeInto(object, document, { keepName: false, keepKind: true });
    if (patched) out.push(patched);
  }
  if (!matched) context.report(kustomizeDiagnostic('patch-matches-nothing', 'error', `no object of the build is a ${quoteName(kind)} named ${quoteName(name)}, so kustomize refuses this patch`, at));
  return out;
}

/** The object with a strategic-merge patch applied; undefined when the patch deletes it. */
function mergeInto(object: BuiltObject, document: PositionedDocument, keep: { keepName: boolean; keepKind: boolean }): BuiltObject | undefined {
  const patch = track(document.value, document) as TrackedMap;
  // a targeted patch takes its target's identity unless its options allow a change
  if (!keep.keepKind) {
    patch.entries.delete('apiVersion');
    patch.entries.delete('kind');
  }
  const metadata = patch.entries.get('metadata');
  if (metadata?.kind === 'map') {
    if (!keep.keepName) metadata.entries.delete('name');
    metadata.entries.delete('namespace');
  }
  const apiVersion = stringAt(object.tree, ['apiVersion']) ?? '';
  const type = patchTypeOf(apiVersion, stringAt(object.tree, ['kind']) ?? '');
  const merged = strategicMerge(object.tree, patch, { type });
  if (merged === undefined) return undefined;
  return patchedBy(object, document, merged as TrackedMap);
}

function jsonPatch(context: BuildContext, object: BuiltObject, document: PositionedDocument): BuiltObject | undefined {
  const operations: JsonPatchOperation[] = [];
  const list = document.value as unknown[];
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    if (!isObject(entry) || typeof entry.op !== 'string' || typeof entry.path !== 'string') {
      context.invalid(document.rangeOf([i]), 'a JSON 6902 operation needs op and path');
      return object;
    }
    const operation: JsonPatchOperation = { op: entry.op, path: entry.path };
    if (typeof entry.from === 'string') operation.from = entry.from;
    if (entry.value !== undefined) operation.value = track(entry.value, document, [i, 'value']);
    operations.push(operation);
  }
  try {
    return patchedBy(object, document, applyJsonPatch(object.tree, operations) as TrackedMap);
  } catch (error) {
    if (!(error instanceof JsonPatchError)) throw error;
    const { kind, name } = idOf(object);
    context.report(kustomizeDiagnostic('patch-failed', 'error', `this JSON 6902 operation does not apply to ${kind} ${quoteName(name)}: ${error.message}`, document.rangeOf([error.operation], 'key')));
    return object;
  }
}
