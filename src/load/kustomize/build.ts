import path from 'node:path';
import { isObject, quoteName, type JsonPath, type SourceRange } from '../../resources/index.js';
import { loadDocuments } from '../load-documents.js';
import { decodeText } from '../decode-text.js';
import { loadFileSync } from '../load-inputs.js';
import { patchedBy, type BuiltObject } from './built-object.js';
import { maxSourceFileBytes, runGenerators } from './generators/index.js';
import { applyGenerated } from './generated-objects.js';
import { kustomizeDiagnostic } from './kustomize-diagnostic.js';
import { findKustomizationFile, kustomizationFileNames } from '../kustomization-file.js';
import { checkFields } from './kustomization-fields.js';
import { applyJson6902Patches, applyStrategicPatches } from './patches.js';
import { applyMetadataTransformers, applyValueTransformers } from './apply-transformers.js';
import { track, type TrackedMap } from './tracked.js';
import { AccumulatedResources } from './resource-ids.js';
import { listField, type BuildContext, type Kustomization } from './build-context.js';

/**
 * Builds the kustomization (or, with `start`, the component) in `dir`: resources first, then
 * components, generators, patches and transformers in kustomize's order. `stack` holds the real
 * paths of the kustomizations being built, to find cycles. Undefined when the folder has no
 * kustomization (reported at `referencedAt`) or it cannot be read.
 */
export function accumulate(context: BuildContext, dir: string, stack: readonly string[], start: BuiltObject[], referencedAt?: SourceRange): BuiltObject[] | undefined {
  const file = findKustomizationFile(dir, (candidate) => context.kindSeenByInput(candidate));
  if (file === undefined) {
    if (referencedAt) context.report(kustomizeDiagnostic('missing-resource', 'error', 'this folder has no kustomization.yaml, kustomization.yml or Kustomization file', referencedAt));
    return undefined;
  }
  // the folder is confined, but its kustomization file may be a link that leads out of the root
  if (context.reader.refusal(file) !== undefined) {
    if (referencedAt) context.mayRead(file, referencedAt);
    return undefined;
  }
  const loaded = loadDocuments(context.reader, file);
  const document = loaded.documents[0];
  // a Flux Kustomization (kustomize.toolkit.fluxcd.io) is a custom resource, not a kustomization
  if (isObject(document?.value) && isForeignApiVersion(document.value.apiVersion)) {
    if (referencedAt) context.invalid(referencedAt, 'this folder\'s kustomization file is not a kustomize Kustomization or Component');
    return undefined;
  }
  context.files.add(file);
  context.folders.add(dir);
  context.kinds.set(dir, isObject(document?.value) && typeof document.value.kind === 'string' ? document.value.kind : 'Kustomization');
  // kustomize refuses to build a folder holding more than one kustomization file
  const others = kustomizationFileNames.filter((name) => name !== path.basename(file) && context.kindSeenByInput(path.join(dir, name)) === 'file');
  if (others.length > 0) {
    // they belong to this kustomization: checked through it (with this error), never alone
    for (const name of others) if (context.reader.refusal(path.join(dir, name)) === undefined) context.files.add(path.join(dir, name));
    const message = `kustomize refuses a folder with more than one kustomization file: this folder also holds ${others.join(', ')}`;
    context.invalid({ file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, message);
    return undefined;
  }
  loaded.diagnostics.forEach((d) => context.report(d));
  if (!document || !isObject(document.value)) {
    if (loaded.diagnostics.length === 0) context.invalid({ file: context.name(file), start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, 'a kustomization is a mapping of fields');
    return undefined;
  }
  let lines: string[] | undefined;
  const kustomization: Kustomization = { dir, file, value: document.value, document, at: (at, target) => document.rangeOf(at, target), lines: () => (lines ??= loaded.text.split('\n')) };
  checkFields(context, kustomization);
  let objects = [...start];
  const accumulated = new AccumulatedResources(context, objects);
  for (const field of ['resources', 'bases']) {
    stringsOf(context, kustomization, field).forEach(([entry, at]) => {
      for (const object of resourceObjects(context, kustomization, entry, at, stack)) accumulated.add(object);
    });
  }
  objects = accumulated.objects;
  for (const [entry, at] of stringsOf(context, kustomization, 'components')) {
    const target = path.resolve(dir, entry);
    if (!context.mayRead(target, at)) continue;
    if (context.reader.kindOf(target) !== 'folder') {
      context.report(kustomizeDiagnostic('missing-resource', 'error', `no such component folder: ${quoteName(entry)}`, at));
      continue;
    }
    const built = nested(context, target, stack, objects, at);
    if (built) objects = built;
  }
  const generated = runGenerators({
    kustomization: kustomization.value,
    dir,
    kustomizationFile: file,
    readText: (name, at) => readGeneratorText(context, kustomization, name, at),
    readBytes: (name, at) => readGeneratorBytes(context, kustomization, name, at),
    displayName: (name) => context.name(name),
    rangeOf: (at) => kustomization.at(at),
  });
  generated.diagnostics.forEach((d) => context.report(d));
  objects = applyGenerated(context, kustomization, objects, generated.objects);
  // kustomize's order: strategic merge patches and `patches`, then namespace, prefix, suffix,
  // labels and annotations, then JSON 6902 patches, replicas and images
  objects = applyStrategicPatches(context, kustomization, objects);
  applyMetadataTransformers(context, kustomization, objects);
  objects = applyJson6902Patches(context, kustomization, objects);
  applyValueTransformers(context, kustomization, objects);
  // the kustomization's own comments act on what it wrote (a name prefix, an image's newTag), as a patch's do
  if (document.directives?.length) objects = objects.map((object) => patchedBy(object, document, object.tree));
  return objects;
}

function isForeignApiVersion(apiVersion: unknown): boolean {
  return typeof apiVersion === 'string' && !apiVersion.startsWith('kustomize.config.k8s.io/');
}

function nested(context: BuildContext, dir: string, stack: readonly string[], start: BuiltObject[], at: SourceRange): BuiltObject[] | undefined {
  const real = context.reader.realPath(dir) ?? dir;
  if (stack.includes(real)) {
    context.report(kustomizeDiagnostic('cycle', 'error', 'this entry leads back to a kustomization that is already being built (a cycle)', at));
    return undefined;
  }
  if (stack.length >= context.limits.maxDepth) {
    context.report(kustomizeDiagnostic('too-large', 'error', `kustomizations nested over ${context.limits.maxDepth} deep are not built`, at));
    return undefined;
  }
  return accumulate(context, dir, [...stack, real], start, at);
}

const remotePattern = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|git::|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i;

function resourceObjects(context: BuildContext, kustomization: Kustomization, entry: string, at: SourceRange, stack: readonly string[]): BuiltObject[] {
  if (remotePattern.test(entry) || entry.includes('?ref=')) {
    context.report(kustomizeDiagnostic('remote-resource', 'info', 'not checked offline: this resource is remote (a URL or a git repository)', at));
    return [];
  }
  const target = path.resolve(kustomization.dir, entry);
  if (!context.mayRead(target, at)) return [];
  const kind = context.reader.kindOf(target);
  if (kind === 'absent') {
    context.report(kustomizeDiagnostic('missing-resource', 'error', `no such file or folder: ${quoteName(entry)}`, at));
    return [];
  }
  if (kind === 'folder') return nested(context, target, stack, [], at) ?? [];
  context.checkLoadRestriction(kustomization.dir, target, at);
  return fileObjects(context, target, at);
}

/** The objects of a resource file, each tracked to its own lines. */
function fileObjects(context: BuildContext, file: string, at: SourceRange): BuiltObject[] {
  context.files.add(file);
  const loaded = loadFileSync(context.reader, file);
  loaded.diagnostics.forEach((d) => context.report(d));
  const out: BuiltObject[] = [];
  for (const resource of loaded.resources) {
    if (++context.objectCount > context.limits.maxObjects) {
      context.report(kustomizeDiagnostic('too-large', 'error', `a build of over ${context.limits.maxObjects} objects is not built further`, at));
      break;
    }
    const tree = track(resource.object, resource) as TrackedMap;
    const object: BuiltObject = { tree, source: resource.source, previousNames: [], originalNamespace: resource.namespace };
    if (resource.directives) object.directives = resource.directives;
    out.push(object);
  }
  return out;
}

/**
 * A generator's file (`files`, `envs`), read under the same confinement as manifests and no
 * further than a ConfigMap or Secret holds; one that leads where input may not is reported at its
 * entry (`at`), as a resource is, and is `refused` rather than missing.
 */
function readGeneratorBytes(context: BuildContext, kustomization: Kustomization, name: string, at: JsonPath): Uint8Array | 'refused' | 'too-large' | undefined {
  const file = path.resolve(kustomization.dir, name);
  if (!context.mayRead(file, kustomization.at(at))) return 'refused';
  context.checkLoadRestriction(kustomization.dir, file, kustomization.at(at));
  const read = context.reader.read(file, maxSourceFileBytes);
  if (!read.ok) return read.code === 'too-large' ? 'too-large' : undefined;
  context.files.add(file);
  return read.bytes;
}

function readGeneratorText(context: BuildContext, kustomization: Kustomization, name: string, at: JsonPath): string | 'refused' | 'too-large' | undefined {
  const bytes = readGeneratorBytes(context, kustomization, name, at);
  if (!(bytes instanceof Uint8Array)) return bytes;
  const decoded = decodeText(bytes);
  return decoded.ok ? decoded.text : undefined;
}

/** The string entries of a list field, each with its line; anything else is reported. */
function stringsOf(context: BuildContext, kustomization: Kustomization, field: string): [string, SourceRange][] {
  const out: [string, SourceRange][] = [];
  listField(context, kustomization, field).forEach((entry, i) => {
    if (typeof entry === 'string') out.push([entry, kustomization.at([field, i])]);
    else context.invalid(kustomization.at([field, i]), `each entry of ${field} must be a string`);
  });
  return out;
}
