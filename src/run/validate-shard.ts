import type { BatchQueue } from './batch-queue.js';
import type { CrdSource } from './find-crds.js';
import { defaultMaxFileBytes, isMarkdownName, loadFile, loadInputs, displayName, readFileBounded } from '../load/index.js';
import type { LoadedText } from '../load/index.js';
import {
  clusterScopedCustomKinds,
  DrydockError,
  findDuplicateObjects,
  internalFailure,
  ResourceSet,
  resourceIdOf,
  type Diagnostic,
  type JsonObject,
  type KubernetesVersion,
  type Resource,
  type UnreadableCrd,
} from '../resources/index.js';
import { loadSchemaValidator, type SchemaValidator, type SchemaValidatorOptions } from '../schema/index.js';
import { runApiChecks } from '../validate/index.js';

export type { CrdSource } from './find-crds.js';

/** One share of a validation run: files to check, and the input-wide facts they need. */
export interface ShardInput {
  /** Absolute paths. */
  files: string[];
  cwd: string;
  kubernetesVersion: KubernetesVersion;
  schemaDirs: string[];
  /** Every CRD of the whole input, found up front; then files are checked in small batches. */
  crds?: CrdSource[];
  /** The input's CRD documents that could not be read. */
  unreadableCrds?: UnreadableCrd[];
  /** The namespace of objects that name none (for objects defined twice); default `default`. */
  defaultNamespace?: string;
}

/** What a shard found: the names of the files it read, its diagnostics and its resources. */
export interface ShardOutput {
  files: string[];
  /** The number of objects each file of `files` holds (same order). */
  objects: number[];
  diagnostics: Diagnostic[];
  resources: Resource[];
}

/** What one batch of a BatchQueue gave: plain data, so a worker can send it back. */
export interface BatchOutput {
  index: number;
  files: string[];
  /** The number of objects each file of `files` holds (same order). */
  objects: number[];
  diagnostics: Diagnostic[];
}

/** The target version, and the extra schema folders, whose files are read with the size limit a manifest has. */
function schemaOptions(input: ShardInput): SchemaValidatorOptions {
  return { kubernetesVersion: input.kubernetesVersion, extraSchemas: { dirs: input.schemaDirs, readFile: (file) => readFileBounded(file, defaultMaxFileBytes) } };
}

/** Files per batch: small enough that threads finish close together and memory stays flat. */
export const batchSize = 8;

/** Loads and checks the files (and standard input's `extra`) all at once, keeping every resource. */
export async function checkShard(input: ShardInput, extra: { resources: Resource[]; diagnostics: Diagnostic[] } = { resources: [], diagnostics: [] }): Promise<ShardOutput> {
  const loaded = await loadInputs(input.files, { cwd: input.cwd });
  const own = [...extra.resources, ...loaded.resources];
  // CRDs found up front (when a batched run checks kustomize builds here) define kinds too
  const everything = new ResourceSet(input.crds ? [...own, ...input.crds.map(crdResource)] : own);
  const schema = await loadSchemaValidator(schemaOptions(input), everything, loaded.unreadableCrds);
  const diagnostics = [...extra.diagnostics, ...loaded.diagnostics];
  checkResources(own, everything, schema, input, diagnostics);
  const objects = new Map<string, number>();
  for (const resource of loaded.resources) objects.set(resource.source.file, (objects.get(resource.source.file) ?? 0) + 1);
  return { files: loaded.files, objects: loaded.files.map((file) => objects.get(file) ?? 0), diagnostics, resources: own };
}

/**
 * With the input's CRDs known up front, nothing else is shared between files, so files are
 * loaded and checked a batch at a time and their resources dropped: memory stays flat. Batches
 * come from `queue`, which other threads may be taking from too; `preloaded` holds files this
 * thread has already read (the CRD files).
 */
export async function checkBatches(input: ShardInput, queue: BatchQueue, preloaded?: Map<string, LoadedText>): Promise<BatchOutput[]> {
  const definitions = new ResourceSet((input.crds ?? []).map(crdResource));
  const schema = await loadSchemaValidator(schemaOptions(input), definitions, input.unreadableCrds);
  const out: BatchOutput[] = [];
  for (let index = queue.take(); index !== undefined; index = queue.take()) {
    const batch: BatchOutput = { index, files: [], objects: [], diagnostics: [] };
    const resources: Resource[] = [];
    for (const file of queue.filesOf(index)) {
      const name = displayName(file, input.cwd);
      const loaded = preloaded?.get(file) ?? (await loadFile(file, name));
      preloaded?.delete(file);
      batch.files.push(name);
      batch.objects.push(loaded.resources.length);
      for (const resource of loaded.resources) resources.push(resource);
      for (const diagnostic of loaded.diagnostics) batch.diagnostics.push(diagnostic);
    }
    checkResources(resources, definitions, schema, input, batch.diagnostics);
    out.push(batch);
  }
  return out;
}

/** The batches of all threads as one output, in batch order: the same as one thread's. */
export function mergeBatches(batches: BatchOutput[]): ShardOutput {
  const out: ShardOutput = { files: [], objects: [], diagnostics: [], resources: [] };
  for (const batch of [...batches].sort((a, b) => a.index - b.index)) {
    for (const file of batch.files) out.files.push(file);
    for (const count of batch.objects) out.objects.push(count);
    for (const diagnostic of batch.diagnostics) out.diagnostics.push(diagnostic);
  }
  return out;
}

function checkResources(own: Resource[], context: ResourceSet, schema: SchemaValidator, input: ShardInput, diagnostics: Diagnostic[]): void {
  const { kubernetesVersion } = input;
  for (const resource of own) {
    try {
      for (const issue of schema.validate(resource)) {
        diagnostics.push({
          ruleId: issue.ruleId,
          messageId: issue.messageId,
          severity: issue.severity,
          message: issue.message,
          range: resource.rangeOf(issue.path, issue.target),
          resource: resourceIdOf(resource),
          path: issue.path,
        });
      }
    } catch (error) {
      // a usage error (an extra schema file that is not JSON) stops the run with exit 2, naming the file
      if (error instanceof DrydockError) throw error;
      diagnostics.push(internalFailure('schema validation', 'internal', resource, error));
    }
  }
  for (const d of runApiChecks(context, { kubernetesVersion, only: own })) diagnostics.push(d);
  for (const d of duplicatesInFiles(own, context, input.defaultNamespace ?? 'default')) diagnostics.push(d);
}

/**
 * Objects defined twice in one file (or standard input), which `kubectl apply -f` always applies
 * as one, or in one kustomize build. Not across files: a folder or tree often holds alternatives never applied together
 * (install.yaml beside namespace-install.yaml, one folder per environment, test data), and the
 * corpus has hundreds of such pairs and no real clash; `drydock plan`, whose input is one apply,
 * compares across files. Not in Markdown either, whose code blocks are separate examples.
 */
function duplicatesInFiles(own: readonly Resource[], context: ResourceSet, defaultNamespace: string): Diagnostic[] {
  const byFile = new Map<string, Resource[]>();
  for (const resource of own) {
    if (isMarkdownName(resource.source.file)) continue;
    // a kustomize build is one apply, whichever files its objects came from
    const apply = resource.source.kustomization ?? resource.source.file;
    const list = byFile.get(apply);
    if (list) list.push(resource);
    else byFile.set(apply, [resource]);
  }
  const scope = { defaultNamespace, clusterScopedCustomKinds: clusterScopedCustomKinds(context.ofKind('CustomResourceDefinition').map((crd) => crd.object)) };
  return [...byFile.values()].filter((list) => list.length > 1).flatMap((list) => findDuplicateObjects(list, scope));
}

/** A CRD of the input as a resource whose only use is its definition (its positions stay with its file). */
function crdResource(crd: CrdSource): Resource {
  const metadata = (crd.object.metadata ?? {}) as JsonObject;
  return {
    apiVersion: String(crd.object.apiVersion ?? ''),
    kind: String(crd.object.kind ?? ''),
    name: String(metadata.name ?? ''),
    object: crd.object,
    source: crd.source,
    rangeOf: () => ({ file: crd.source.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
  };
}

