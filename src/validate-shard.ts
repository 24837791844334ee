import { loadInputs } from './load/index.js';
import { ResourceSet, type Diagnostic, type JsonObject, type KubernetesVersion, type Resource, type ResourceSource } from './resources/index.js';
import { createSchemaValidator, type SchemaValidator } from './schema/index.js';
import { runApiChecks } from './validate/index.js';

/** A CustomResourceDefinition found anywhere in the input, as plain data a worker can receive. */
export interface CrdSource {
  object: JsonObject;
  source: ResourceSource;
}

/** One share of a validation run: files to check, and the input-wide facts they need. */
export interface ShardInput {
  /** Absolute paths. */
  files: string[];
  cwd: string;
  kubernetesVersion: KubernetesVersion;
  schemaDirs: string[];
  /** Every CRD of the whole input, found up front; then files are checked in small batches. */
  crds?: CrdSource[];
}

/** What a shard found: the names of the files it read, its diagnostics and its resources. */
export interface ShardOutput {
  files: string[];
  diagnostics: Diagnostic[];
  resources: Resource[];
}

/**
 * Loads and checks one share of the input. Schema and API checks run on the shard's own
 * resources, but see the CRDs of the whole input, so a custom resource in one shard is checked
 * against a CRD read by another.
 */
export async function checkShard(input: ShardInput, extra: { resources: Resource[]; diagnostics: Diagnostic[] } = { resources: [], diagnostics: [] }): Promise<ShardOutput> {
  if (input.crds) return checkInBatches(input, input.crds);
  const loaded = await loadInputs(input.files, { cwd: input.cwd });
  const own = [...extra.resources, ...loaded.resources];
  const everything = new ResourceSet(own);
  const schema = createSchemaValidator({ kubernetesVersion: input.kubernetesVersion, extraSchemaDirs: input.schemaDirs }, everything);
  const diagnostics = [...extra.diagnostics, ...loaded.diagnostics];
  checkResources(own, everything, schema, input.kubernetesVersion, diagnostics);
  return { files: loaded.files, diagnostics, resources: own };
}

const batchFiles = 16;

/**
 * With the input's CRDs known up front, nothing else is shared between files, so files are
 * loaded and checked a few at a time and their resources dropped: memory stays flat.
 */
async function checkInBatches(input: ShardInput, crds: CrdSource[]): Promise<ShardOutput> {
  const definitions = new ResourceSet(crds.map(crdResource));
  const schema = createSchemaValidator({ kubernetesVersion: input.kubernetesVersion, extraSchemaDirs: input.schemaDirs }, definitions);
  const out: ShardOutput = { files: [], diagnostics: [], resources: [] };
  for (let i = 0; i < input.files.length; i += batchFiles) {
    const loaded = await loadInputs(input.files.slice(i, i + batchFiles), { cwd: input.cwd });
    out.files.push(...loaded.files);
    out.diagnostics.push(...loaded.diagnostics);
    checkResources(loaded.resources, definitions, schema, input.kubernetesVersion, out.diagnostics);
  }
  return out;
}

function checkResources(own: Resource[], context: ResourceSet, schema: SchemaValidator, kubernetesVersion: KubernetesVersion, diagnostics: Diagnostic[]): void {
  for (const resource of own) {
    try {
      for (const issue of schema.validate(resource)) {
        diagnostics.push({
          ruleId: issue.ruleId,
          messageId: issue.messageId,
          severity: issue.severity,
          message: issue.message,
          range: resource.rangeOf(issue.path, issue.target),
          resource: idOf(resource),
          path: issue.path,
        });
      }
    } catch (error) {
      diagnostics.push(internalDiagnostic(resource, 'schema validation', error));
    }
  }
  for (const d of runApiChecks(context, { kubernetesVersion, only: own })) diagnostics.push(d);
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

function idOf(resource: Resource) {
  return { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name, namespace: resource.namespace };
}

/** A bug turned into a finding, so that one resource cannot stop the run; the CLI exits 2 on it. */
export function internalDiagnostic(resource: Resource, stage: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    ruleId: 'internal',
    messageId: 'internal',
    severity: 'error',
    message: `drydock failed during ${stage} of ${resource.kind} "${resource.name}": ${reason} (this is a bug in drydock)`,
    range: resource.rangeOf([]),
    resource: idOf(resource),
  };
}
