import { loadInputs } from './load/index.js';
import { ResourceSet, type Diagnostic, type JsonObject, type KubernetesVersion, type Resource, type ResourceSource } from './resources/index.js';
import { createSchemaValidator } from './schema/index.js';
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
  /** Every CRD of the whole input; undefined when this shard is the whole input. */
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
  const loaded = await loadInputs(input.files, { cwd: input.cwd });
  const own = [...extra.resources, ...loaded.resources];
  const everything = new ResourceSet(input.crds ? [...own, ...foreignCrds(input.crds, own)] : own);
  const schema = createSchemaValidator({ kubernetesVersion: input.kubernetesVersion, extraSchemaDirs: input.schemaDirs }, everything);
  const diagnostics = [...extra.diagnostics, ...loaded.diagnostics];
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
  diagnostics.push(...runApiChecks(everything, { kubernetesVersion: input.kubernetesVersion, only: own }));
  return { files: loaded.files, diagnostics, resources: own };
}

/** The CRDs of other shards, as resources whose only use is their definition. */
function foreignCrds(crds: CrdSource[], own: Resource[]): Resource[] {
  const key = (source: ResourceSource) => `${source.file}\u0000${source.documentIndex}\u0000${source.itemIndex ?? ''}`;
  const ownKeys = new Set(own.map((r) => key(r.source)));
  return crds
    .filter((crd) => !ownKeys.has(key(crd.source)))
    .map((crd) => {
      const metadata = (crd.object.metadata ?? {}) as JsonObject;
      return {
        apiVersion: String(crd.object.apiVersion ?? ''),
        kind: String(crd.object.kind ?? ''),
        name: String(metadata.name ?? ''),
        object: crd.object,
        source: crd.source,
        rangeOf: () => ({ file: crd.source.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
      };
    });
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
