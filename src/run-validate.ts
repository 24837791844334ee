import { availableParallelism } from 'node:os';
import { loadConfig, type DrydockConfig } from './config/index.js';
import { BatchQueue } from './batch-queue.js';
import { findCrds } from './find-crds.js';
// the modules themselves, not ./load/index.js: that one loads the Markdown parser up front
import { findInputs, type InputEntry } from './load/find-files.js';
import { displayName } from './load/load-inputs.js';
import { loadText } from './load/load-text.js';
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
import { checkInParallel, maxParallelCrdShare, parallelThresholdBytes, workerScript } from './validate-in-parallel.js';
import { batchSize, checkBatches, checkShard, mergeBatches, type ShardOutput } from './validate-shard.js';

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
  /**
   * Threads to check large inputs on (default: the machine's cores, at most 4). Worker threads
   * are used only from the bundled build and only when `keepResources` is false.
   */
  jobs?: number;
  /** Return the loaded resources in the result (default true); false allows worker threads. */
  keepResources?: boolean;
}

/** The outcome of a validation run: sorted diagnostics and everything that was read. */
export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** Every resource read; empty when the run was asked not to keep them. */
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
  return checkRun(await prepareRun(options), options.keepResources !== false);
}

/** Validates a prepared run; `keepsResources` returns the resources (and rules out batching). */
export async function checkRun(run: PreparedRun, keepsResources: boolean): Promise<ValidateResult> {
  const { cwd, kubernetesVersion, schemaDirs, files, stdin } = run;
  let checked: ShardOutput;
  if (keepsResources || stdin.files.length > 0) {
    checked = await checkShard({ cwd, kubernetesVersion, schemaDirs, files }, stdin);
  } else {
    // without resources to return, the CRDs are found first and files checked a batch at a time
    const found = await findCrds(files, cwd);
    const input = { cwd, kubernetesVersion, schemaDirs, files, crds: found.crds };
    const script = workerScript();
    const isParallel = run.jobs > 1 && script !== undefined && isWorthThreads(found);
    checked = isParallel
      ? await checkInParallel(input, run.jobs, script!, found.loaded)
      : mergeBatches(await checkBatches(input, new BatchQueue(files, batchSize), found.loaded));
  }
  return finishRun(run, checked, keepsResources);
}

/** A run's settings and inputs, resolved once: config, version, files, standard input, threads. */
export interface PreparedRun {
  cwd: string;
  config: DrydockConfig;
  kubernetesVersion: KubernetesVersion;
  schemaDirs: string[];
  entries: InputEntry[];
  files: string[];
  stdin: { resources: Resource[]; diagnostics: Diagnostic[]; files: string[] };
  jobs: number;
}

/** Resolves the options of a run (shared by validate and lint). */
export async function prepareRun(options: ValidateOptions): Promise<PreparedRun> {
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? loadConfig({ cwd, file: options.configFile });
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const entries = findInputs(options.paths, { cwd, ignore: config.ignore });
  const files = entries.flatMap((entry) => (entry.kind === 'file' ? [entry.path] : []));
  const stdin = entries.some((entry) => entry.kind === 'stdin') ? await readStdin(options) : { resources: [], diagnostics: [], files: [] };
  const schemaDirs = [...config.schemas, ...(options.schemaDirs ?? [])];
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)));
  return { cwd, config, kubernetesVersion, schemaDirs, entries, files, stdin, jobs };
}

/** Threads take time to start, and each compiles the CRD schemas it needs again. */
export function isWorthThreads(found: { inputBytes: number; crdFileBytes: number }): boolean {
  return found.inputBytes >= parallelThresholdBytes && found.crdFileBytes <= found.inputBytes * maxParallelCrdShare;
}

/** Orders the files as given and the diagnostics by position, and builds the result. */
export function finishRun(run: PreparedRun, checked: ShardOutput, keepsResources: boolean): ValidateResult {
  const order = new Map(run.entries.map((entry, i) => [entry.kind === 'stdin' ? '<stdin>' : displayName(entry.path, run.cwd), i]));
  const allFiles = [...new Set([...run.stdin.files, ...checked.files])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  checked.diagnostics.sort(compareDiagnostics);
  const resources = new ResourceSet(keepsResources ? checked.resources : []);
  return { diagnostics: checked.diagnostics, resources, files: allFiles, kubernetesVersion: run.kubernetesVersion, config: run.config };
}

async function readStdin(options: ValidateOptions): Promise<{ resources: Resource[]; diagnostics: Diagnostic[]; files: string[] }> {
  const text = options.readStdin ? await options.readStdin() : '';
  const loaded = loadText(text, '<stdin>', text.trimStart().startsWith('{') ? 'json' : 'yaml');
  return { ...loaded, files: ['<stdin>'] };
}

function resolveVersion(requested: string | undefined, config: DrydockConfig): KubernetesVersion {
  if (requested === undefined) return config.kubernetesVersion ?? defaultKubernetesVersion;
  const version = parseKubernetesVersion(requested);
  if (!version) {
    throw new DrydockError('unknown-kubernetes-version', `Kubernetes version "${requested}" is not bundled; use 1.28 to 1.36`);
  }
  return version;
}
