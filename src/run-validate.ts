import { loadConfig, type DrydockConfig } from './config/index.js';
import { loadInputs } from './load/index.js';
import {
  compareDiagnostics,
  defaultKubernetesVersion,
  DrydockError,
  parseKubernetesVersion,
  ResourceSet,
  type Diagnostic,
  type KubernetesVersion,
  type Resource,
} from './resources/index.js';
import { createSchemaValidator } from './schema/index.js';
import { runApiChecks } from './validate/index.js';

/** What to validate, and how. Paths are relative to `cwd`. */
export interface ValidateOptions {
  paths: readonly string[];
  cwd?: string;
  /** Overrides the config's `kubernetesVersion`; `1.30`, `v1.30` and `v1.30.2` are accepted. */
  kubernetesVersion?: string;
  /** A config file to use instead of the `.drydock.yaml` found upward from `cwd`. */
  configFile?: string;
  /** A config already loaded (skips finding one). */
  config?: DrydockConfig;
  /** Extra folders of JSON schemas, added to the config's `schemas`. */
  schemaDirs?: readonly string[];
  /** Reads standard input, for the path `-`. */
  readStdin?: () => Promise<string>;
}

/** The outcome of a validation run: sorted diagnostics and everything that was read. */
export interface ValidateResult {
  diagnostics: Diagnostic[];
  resources: ResourceSet;
  files: string[];
  kubernetesVersion: KubernetesVersion;
  config: DrydockConfig;
}

/**
 * Loads the inputs and reports what the API server would reject: YAML problems, schema errors
 * (built-in kinds, CRDs in the input, extra schemas) and the server's own validation.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig({ cwd, file: options.configFile });
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const loaded = await loadInputs(options.paths, { cwd, ignore: config.ignore, readStdin: options.readStdin });
  const resources = new ResourceSet(loaded.resources);
  const schemaDirs = [...config.schemas, ...(options.schemaDirs ?? [])];
  const schema = createSchemaValidator({ kubernetesVersion, extraSchemaDirs: schemaDirs }, resources);
  const diagnostics = [...loaded.diagnostics];
  for (const resource of resources) {
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
  diagnostics.push(...runApiChecks(resources, { kubernetesVersion }));
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, resources, files: loaded.files, kubernetesVersion, config };
}

function resolveVersion(requested: string | undefined, config: DrydockConfig): KubernetesVersion {
  if (requested === undefined) return config.kubernetesVersion ?? defaultKubernetesVersion;
  const version = parseKubernetesVersion(requested);
  if (!version) {
    throw new DrydockError('unknown-kubernetes-version', `Kubernetes version "${requested}" is not bundled; use 1.28 to 1.36`);
  }
  return version;
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
