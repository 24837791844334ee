import { availableParallelism } from 'node:os';
import path from 'node:path';
import { loadConfig, type DrydockConfig } from '../config/index.js';
import { BatchQueue } from './batch-queue.js';
import { findCrds, parseCrds } from './find-crds.js';
import { displayName, findInputFiles, type FolderInput, type InputEntry, isTemplateNote, loadStdin, pathProblem, realOrUndefined, resolveRoot, type SkippedCounts, type StdinReader } from '../load/index.js';
import {
  compareDiagnostics,
  safeMessage,
  defaultKubernetesVersion,
  describeRun,
  describeSkipped,
  DrydockError,
  isInside,
  parseKubernetesVersion,
  ResourceSet,
  type Diagnostic,
  type KubernetesVersion,
  type LoadRestrictor,
  type Resource,
  type RunCounts,
} from '../resources/index.js';
import { cacheSecret, defaultCacheLocation, userCacheDir } from './cache-home.js';
import { contentHash, type FileResult, ResultCache, runKey } from './result-cache.js';
import { distinctFindings } from './distinct-findings.js';
import { buildKustomizations, filesCheckedAlone } from './kustomize-inputs.js';
import { selectBuilds, type SelectedBuilds } from './selected-builds.js';
import { changedFiles, filesChanged, filesOfShard, isShard, type Shard } from './select-files.js';
import { checkInParallel, maxParallelCrdShare, parallelThresholdBytes, workerScript } from './validate-in-parallel.js';
import { batchSize, checkBatches, checkShard, mergeBatches, type ShardOutput } from './validate-shard.js';

/** What to validate, and how. Paths are relative to `cwd`. */
export interface ValidateOptions {
  paths: readonly string[];
  cwd?: string;
  /**
   * The folder every read must stay in, after links are resolved (default: the git top-level
   * of `cwd`, else `cwd`). Links found in the input that lead elsewhere are skipped with an
   * `input/outside-root` warning; config paths that do are a usage error.
   */
  root?: string;
  /** Overrides the config's `kubernetesVersion`; `1.30`, `v1.30` and `v1.30.2` are accepted. */
  kubernetesVersion?: string;
  /** A config file to use instead of the `.drydock.yaml` found upward from `cwd`. */
  configFile?: string;
  /** A config already loaded (skips finding one). */
  config?: DrydockConfig;
  /** Extra folders of JSON schemas, added to the config's `schemas`. */
  schemaDirs?: readonly string[];
  /** Reads standard input, for the path `-`. */
  readStdin?: StdinReader;
  /**
   * Threads to check large inputs on (default: the machine's cores, at most 4). Worker threads
   * are used only from the bundled build and only when `keepResources` is false.
   */
  jobs?: number;
  /**
   * Return the loaded resources in the result (default true, false with `cache`); false allows
   * worker threads and the cache.
   */
  keepResources?: boolean;
  /**
   * Check only this CI job's share of the files found (after ignores): job `index` (1-based) of
   * `count`. Files are assigned by a stable hash of their path relative to `cwd` (see
   * `shardOf`). Every file is still searched for CRDs, and `lint` still loads every file for
   * its cross-resource rules; only the findings are limited to the shard's files.
   */
  shard?: Shard;
  /**
   * Check only files changed since this git ref (`git diff <ref>...HEAD`, plus uncommitted and
   * untracked files), among those the paths name. As with `shard`, the other files still count
   * as CRDs and as `lint`'s cross-resource context; only their findings are left out.
   */
  changedSince?: string;
  /**
   * Skip documents with neither apiVersion nor kind with a note even in files the paths name
   * (kubectl refuses them there, and so does drydock by default). For callers that name every
   * YAML file they have, such as the pre-commit hooks.
   */
  allowUntyped?: boolean;
  /**
   * Reuse the per-file diagnostics of earlier runs over unchanged files (validate: only without
   * `keepResources` or standard input; lint: the whole run's, when no input file changed). Stored in `cacheLocation` and signed with the
   * user's secret in `cacheDir`: a cache whose signature does not match is ignored (see `notify`).
   */
  cache?: boolean;
  /** The cache file (default: a file per working directory in `cacheDir`, outside the checkout). */
  cacheLocation?: string;
  /** The per-user folder of the cache secret and default caches (default `$XDG_CACHE_HOME/drydock`, else `~/.cache/drydock`). */
  cacheDir?: string;
  /** Receives notes about the run that are not findings, such as a cache that was ignored. */
  notify?: (note: string) => void;
  /**
   * Also check, on its own, each kustomization that another one uses (a base). By default a
   * base is checked only through the overlays that build it, or alone when none does.
   */
  kustomizeBases?: boolean;
  /** Which files a kustomization may read; overrides the config's `kustomizeLoadRestrictor`. */
  kustomizeLoadRestrictor?: LoadRestrictor;
  /**
   * The namespace of objects that name none (default: the config's `namespace`, else
   * `default`), as kubectl's context namespace: two documents are one object when their
   * namespaces resolve alike.
   */
  namespace?: string;
}

/** The outcome of a validation run: sorted diagnostics and everything that was read. */
export interface ValidateResult {
  diagnostics: Diagnostic[];
  /** Every resource read; empty when the run was asked not to keep them. */
  resources: ResourceSet;
  files: string[];
  kubernetesVersion: KubernetesVersion;
  config: DrydockConfig;
  /** The run's root (a real path). */
  root: string;
  /** What the search for files passed over: hidden entries, `node_modules`, ignored paths, links leaving the root. */
  skipped: SkippedCounts;
  /** The threads that checked the files: 1, or this one and the worker threads it started (`jobs`). */
  threads: number;
  /** How many kustomizations were built and checked (for the run's summary). */
  kustomizationsBuilt: number;
  /** What the run checked and passed over, for the summary that ends a report (`describeRun`). */
  counts: RunCounts;
}

/**
 * Loads the inputs and reports what the API server would reject: YAML problems, schema errors
 * (built-in kinds, CRDs in the input, extra schemas) and the server's own validation.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  if (options.cache && options.keepResources === true) {
    throw new DrydockError('usage', 'the cache keeps diagnostics, not resources: it cannot be used with keepResources');
  }
  return checkRun(await prepareRun(options), options.keepResources ?? !options.cache);
}

/**
 * Findings a command adds to validation's, from the validated resources (lint's rules); they are
 * sorted, merged and made safe with the rest, once.
 */
export type MoreFindings = (resources: ResourceSet) => Promise<Diagnostic[]>;

/**
 * Validates a prepared run; `keepsResources` returns the resources (and rules out batching and
 * the cache), which `moreFindings` is then given.
 */
export async function checkRun(run: PreparedRun, keepsResources: boolean, moreFindings?: MoreFindings): Promise<ValidateResult> {
  const { cwd, kubernetesVersion, schemaDirs, files, selected, stdin, defaultNamespace } = run;
  let checked: ShardOutput;
  let threads = 1;
  const built = run.kustomize;
  if (keepsResources || stdin.files.length > 0) {
    // everything is loaded (CRDs and lint's cross-resource rules see it all); findings are then
    // limited to the selected files
    const extra = { resources: [...stdin.resources, ...built.resources], diagnostics: [...stdin.diagnostics] };
    checked = onlySelected(run, await checkShard({ cwd, kubernetesVersion, schemaDirs, files, defaultNamespace }, extra));
    // a build's findings may lie in files read only through it (bases, patches): they are the build's
    // one at a time: a spread of some 200,000 items (many builds' findings) overflows the stack
    for (const diagnostic of built.diagnostics) checked.diagnostics.push(diagnostic);
    for (const file of built.files) checked.files.push(file);
    for (const count of built.objects) checked.objects.push(count);
  } else {
    // without resources to return, the CRDs are found first (in every file, selected or not) and
    // the selected files checked a batch at a time
    const wanted = new Set(selected);
    const hashing = run.cacheFile === undefined ? undefined : { accepts: (file: string) => wanted.has(file), of: contentHash };
    const found = await findCrds(files, cwd, hashing);
    const crdFiles = found.crdFiles.map((file) => [file, found.hashes.get(file) ?? ''] as const);
    const cache = run.cacheFile === undefined || run.cacheSecret === undefined ? undefined : ResultCache.open(run.cacheFile, runKey({ ...run, crdFiles }), run.cacheSecret, run.notify);
    const reused: ShardOutput = { files: [], objects: [], diagnostics: [], resources: [] };
    const toCheck: string[] = [];
    for (const file of selected) {
      const hash = found.hashes.get(file);
      const cached = hash === undefined ? undefined : cache?.get(file, hash);
      if (cached === undefined) toCheck.push(file);
      else {
        reused.files.push(displayName(file, cwd));
        reused.objects.push(cached.objects);
        for (const diagnostic of cached.diagnostics) reused.diagnostics.push(diagnostic);
      }
    }
    // only files the cache missed need the CRDs parsed
    if (toCheck.length > 0) await parseCrds(found, cwd);
    const input = { cwd, kubernetesVersion, schemaDirs, files: toCheck, crds: found.crds, unreadableCrds: found.unreadable, defaultNamespace };
    const script = workerScript();
    const checkedBytes = toCheck.reduce((sum, file) => sum + (found.sizes.get(file) ?? 0), 0);
    const isParallel = run.jobs > 1 && script !== undefined && isWorthThreads({ inputBytes: checkedBytes, crdFileBytes: found.crdFileBytes });
    let fresh: ShardOutput;
    if (isParallel) {
      const parallel = await checkInParallel(input, run.jobs, script!, found.loaded);
      fresh = parallel.output;
      threads = parallel.threads;
    } else {
      fresh = mergeBatches(await checkBatches(input, new BatchQueue(toCheck, batchSize), found.loaded));
    }
    if (cache) storeResults(cache, fresh, toCheck, found.hashes, cwd);
    // built objects live only in this thread; they are checked here, with the input's CRDs
    const ofBuilds = built.resources.length === 0 ? { diagnostics: [] } : await checkShard({ ...input, files: [] }, { resources: built.resources, diagnostics: [] });
    ofBuilds.diagnostics = ofBuilds.diagnostics.filter((d) => !built.leftOut.has(d.range.file));
    checked = {
      files: [...reused.files, ...fresh.files, ...built.files],
      objects: [...reused.objects, ...fresh.objects, ...built.objects],
      diagnostics: [...reused.diagnostics, ...fresh.diagnostics, ...ofBuilds.diagnostics, ...built.diagnostics],
      resources: [],
    };
  }
  const resources = new ResourceSet(keepsResources ? checked.resources : []);
  if (moreFindings) for (const diagnostic of await moreFindings(resources)) checked.diagnostics.push(diagnostic);
  return finishRun(run, checked, resources, threads);
}

/** Caches each checked file's results; if a diagnostic cannot be told apart by file, nothing is cached. */
function storeResults(cache: ResultCache, fresh: ShardOutput, checkedFiles: string[], hashes: Map<string, string>, cwd: string): void {
  const byName = new Map<string, FileResult>(fresh.files.map((name, i) => [name, { diagnostics: [], objects: fresh.objects[i] ?? 0 }]));
  for (const diagnostic of fresh.diagnostics) {
    const own = byName.get(diagnostic.range.file);
    if (own === undefined) return;
    own.diagnostics.push(diagnostic);
  }
  for (const file of checkedFiles) {
    const hash = hashes.get(file);
    const result = byName.get(displayName(file, cwd));
    if (hash !== undefined && result !== undefined) cache.set(file, hash, result);
  }
  cache.save();
}

/** The output without the findings and names of the files that are not selected. */
function onlySelected(run: PreparedRun, output: ShardOutput): ShardOutput {
  const left = leftOutNames(run);
  if (left.size === 0) return output;
  const kept = output.files.map((name) => !left.has(name));
  return {
    ...output,
    files: output.files.filter((_, i) => kept[i]),
    objects: output.objects.filter((_, i) => kept[i]),
    diagnostics: output.diagnostics.filter((d) => !left.has(d.range.file)),
  };
}

/** The display names of the files that were read but are not selected (for `shard` and `changedSince`, and builds checked for named files). */
export function leftOutNames(run: PreparedRun): Set<string> {
  const left = new Set(run.kustomize.leftOut);
  if (run.selected.length === run.files.length) return left;
  const selected = new Set(run.selected);
  for (const file of run.files) if (!selected.has(file)) left.add(displayName(file, run.cwd));
  return left;
}

/** A run's settings and inputs, resolved once: config, version, files, standard input, threads. */
export interface PreparedRun {
  cwd: string;
  /** The run's root (a real path). */
  root: string;
  /** Whether untyped documents of named files stay notes (ValidateOptions.allowUntyped). */
  allowUntyped: boolean;
  /** The namespace of objects that name none (ValidateOptions.namespace, else the config's, else `default`). */
  defaultNamespace: string;
  /** What the search for files passed over. */
  skipped: SkippedCounts;
  /** Notes from the search (links leaving the root, ignores overridden), for the selected files. */
  notes: Diagnostic[];
  config: DrydockConfig;
  kubernetesVersion: KubernetesVersion;
  schemaDirs: string[];
  entries: InputEntry[];
  /** The folders the command line names, with the files found in each. */
  folders: FolderInput[];
  /** Every file found (absolute paths). */
  files: string[];
  /** The files to report on (`shard`, `changedSince`): all of `files` unless asked otherwise. */
  selected: string[];
  /** The result cache's file (absolute), when the cache is on. */
  cacheFile?: string;
  /** The secret the cache is signed with; without one, nothing is cached. */
  cacheSecret?: Buffer;
  notify: (note: string) => void;
  stdin: { resources: Resource[]; diagnostics: Diagnostic[]; files: string[] };
  /** The selected kustomizations' built objects and findings. */
  kustomize: SelectedBuilds;
  jobs: number;
}

/** Resolves the options of a run (shared by validate and lint). */
export async function prepareRun(options: ValidateOptions, command: 'validate' | 'lint' = 'validate'): Promise<PreparedRun> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolveRoot(cwd, options.root);
  const checkPath = configPathCheck(root, cwd, options.configFile);
  const loaded = options.config ?? loadConfig({ cwd, file: options.configFile, root, checkPath });
  // the option overrides the config, and goes into it so that the caches' keys (which hold the config) follow
  const config = options.kustomizeLoadRestrictor === undefined ? loaded : { ...loaded, kustomizeLoadRestrictor: options.kustomizeLoadRestrictor };
  // a config given as an object (the Action's copy from the base commit) names files of the checkout too
  if (options.config) checkConfigPaths(options.config, checkPath);
  const kubernetesVersion = resolveVersion(options.kubernetesVersion, config);
  const notify = options.notify ?? (() => {});
  const cacheDir = options.cacheDir ?? userCacheDir();
  const cacheFile = options.cache ? path.resolve(cwd, options.cacheLocation ?? defaultCacheLocation(cacheDir, cwd, command)) : undefined;
  const secret = cacheFile === undefined ? undefined : cacheSecret(cacheDir);
  if (cacheFile !== undefined && secret === undefined) notify(`not caching: cannot keep the cache's key in ${cacheDir}`);
  const found = findInputFiles(options.paths, { cwd, ignore: config.ignore, ignoreBase: config.root, root });
  // the cache file is never an input, even when it sits among the manifests
  const entries = found.entries.filter((entry) => entry.kind !== 'file' || entry.path !== cacheFile);
  const folders = found.folders.map((folder) => ({ ...folder, files: folder.files.filter((file) => file !== cacheFile) }));
  // like ESLint for a pattern that matches nothing: a folder with nothing to read is a mistake
  const empty = folders.find((folder) => folder.files.length === 0);
  if (empty) throw new DrydockError('path-not-found', `no file left to check in ${empty.input}${describeSkipped(empty.skipped)}`);
  if (entries.length === 0) throw new DrydockError('path-not-found', `no file left to check in ${options.paths.join(' ')}${describeSkipped(found.skipped)}`);
  // files a kustomization reads are checked through its build, not alone (a named file when a
  // kustomization near it reads it); the search near a named file works on real paths
  const kustomizations = await buildKustomizations(entries, { root, cwd, includeBases: options.kustomizeBases, loadRestrictor: config.kustomizeLoadRestrictor, ignore: config.ignore, ignoreBase: config.root });
  const files = filesCheckedAlone(entries, kustomizations);
  if (options.shard && !isShard(options.shard)) {
    throw new DrydockError('usage', `a shard is i/n with 1 ≤ i ≤ n, not ${options.shard.index}/${options.shard.count}`);
  }
  let selected = options.shard ? filesOfShard(files, options.shard, cwd) : files;
  const changed = options.changedSince === undefined ? undefined : changedFiles(options.changedSince, cwd);
  if (changed !== undefined) selected = filesChanged(selected, changed);
  const kustomize = selectBuilds(kustomizations, { cwd, shard: options.shard, changed, aloneFiles: files });
  const stdin = entries.some((entry) => entry.kind === 'stdin') ? await readStdin(options) : { resources: [], diagnostics: [], files: [] };
  const schemaDirs = [...config.schemas, ...(options.schemaDirs ?? [])];
  const jobs = Math.max(1, Math.floor(options.jobs ?? Math.min(availableParallelism(), 4)));
  const notes = options.shard ? found.notes.filter((d) => filesOfShard([path.resolve(cwd, d.range.file)], options.shard!, cwd).length > 0) : found.notes;
  const defaultNamespace = options.namespace ?? config.namespace ?? 'default';
  return { cwd, root, allowUntyped: options.allowUntyped === true, defaultNamespace, skipped: found.skipped, notes, config, kubernetesVersion, schemaDirs, entries, folders, files, selected, cacheFile, cacheSecret: secret, notify, stdin, kustomize, jobs };
}

/**
 * What config keys may name: paths under the root. A config named on the command line outside
 * the root is trusted like the command line, so paths under its own folder are allowed too.
 */
function configPathCheck(root: string, cwd: string, configFile: string | undefined): (file: string) => string | undefined {
  const named = configFile === undefined ? undefined : realOrUndefined(path.resolve(cwd, configFile));
  const ownFolder = named !== undefined && !isInside(root, named) ? path.dirname(named) : undefined;
  return (file) => {
    const problem = pathProblem(root, file);
    return problem !== undefined && ownFolder !== undefined && pathProblem(ownFolder, file) === undefined ? undefined : problem;
  };
}

function checkConfigPaths(config: DrydockConfig, checkPath: (file: string) => string | undefined): void {
  const named: [key: string, file: string][] = [...config.schemas.map((dir): [string, string] => ['schemas', dir]), ...(config.cluster === undefined ? [] : [['cluster', config.cluster] as [string, string]])];
  for (const [key, file] of named) {
    const problem = checkPath(file);
    if (problem !== undefined) throw new DrydockError('config-invalid', `${config.file ?? 'the configuration'}: ${key} names a path drydock may not read: ${problem}`);
  }
}

/**
 * A document with neither apiVersion nor kind is skipped with a note in a folder walk (READMEs,
 * tool configs), but kubectl refuses it in a file it is given, and so does drydock in a file the
 * command line names, or on standard input.
 */
function untypedAsError(diagnostic: Diagnostic): Diagnostic {
  if (diagnostic.ruleId !== 'input/not-a-manifest' || diagnostic.messageId !== 'untyped') return diagnostic;
  return { ...diagnostic, ruleId: 'schema', messageId: 'missingApiVersionAndKind', severity: 'error', message: 'apiVersion not set, kind not set: kubectl refuses a document without them in a file it is given' };
}

/** Threads take time to start, and each compiles the CRD schemas it needs again. */
function isWorthThreads(found: { inputBytes: number; crdFileBytes: number }): boolean {
  return found.inputBytes >= parallelThresholdBytes && found.crdFileBytes <= found.inputBytes * maxParallelCrdShare;
}

/** Orders the files as given and the diagnostics by position, and builds the result. */
function finishRun(run: PreparedRun, checked: ShardOutput, resources: ResourceSet, threads: number): ValidateResult {
  const order = new Map(run.entries.map((entry, i) => [entry.kind === 'stdin' ? '<stdin>' : displayName(entry.path, run.cwd), i]));
  const allFiles = [...new Set([...run.stdin.files, ...checked.files])].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const named = new Set(run.allowUntyped ? [] : run.entries.flatMap((entry) => (entry.kind === 'stdin' ? ['<stdin>'] : entry.named ? [displayName(entry.path, run.cwd)] : [])));
  const diagnostics = distinctFindings([...checked.diagnostics, ...run.notes].map((d) => (named.has(d.range.file) ? untypedAsError(d) : d)).sort(compareDiagnostics));
  const objects = new Map(checked.files.map((file, i) => [file, checked.objects[i] ?? 0]));
  if (run.stdin.files.length > 0) objects.set('<stdin>', run.stdin.resources.length);
  const counts = countRun(allFiles, objects, diagnostics, run.skipped, run.kustomize.count);
  checkFoldersHoldManifests(run, objects, diagnostics);
  for (const diagnostic of diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return { diagnostics, resources, files: allFiles, kubernetesVersion: run.kubernetesVersion, config: run.config, root: run.root, skipped: run.skipped, counts, threads, kustomizationsBuilt: run.kustomize.count };
}

/** Files, objects and skipped input of a run, for its summary. */
function countRun(files: readonly string[], objects: ReadonlyMap<string, number>, diagnostics: readonly Diagnostic[], skipped: SkippedCounts, kustomizationsBuilt = 0): RunCounts {
  let total = 0;
  for (const file of files) total += objects.get(file) ?? 0;
  const notes = diagnostics.filter((d) => d.ruleId === 'input/not-a-manifest');
  const templates = notes.filter(isTemplateNote).length;
  return { files: files.length, objects: total, kustomizationsBuilt, templates, notManifests: notes.length - templates, skipped };
}

/**
 * A folder the command line names is a mistake when none of its files (among those selected)
 * holds a Kubernetes object or a finding: a folder of READMEs or of Helm templates checks
 * nothing, and a run that passed would say otherwise.
 */
function checkFoldersHoldManifests(run: PreparedRun, objects: ReadonlyMap<string, number>, diagnostics: readonly Diagnostic[]): void {
  // a kustomize note (a component that only its users build) says the folder holds kustomize input
  const withFindings = new Set(diagnostics.filter((d) => d.severity !== 'info' || d.ruleId.startsWith('kustomize/')).map((d) => d.range.file));
  for (const folder of run.folders) {
    const names = folder.files.map((file) => displayName(file, run.cwd)).filter((name) => objects.has(name));
    if (names.length === 0 || names.some((name) => (objects.get(name) ?? 0) > 0 || withFindings.has(name) || run.kustomize.reporting.has(name))) continue;
    const own = new Set(names);
    const counts = countRun(names, objects, diagnostics.filter((d) => own.has(d.range.file)), folder.skipped);
    throw new DrydockError('path-not-found', `no Kubernetes object in ${folder.input}: ${describeRun(counts)}`);
  }
}

async function readStdin(options: ValidateOptions): Promise<{ resources: Resource[]; diagnostics: Diagnostic[]; files: string[] }> {
  const loaded = await loadStdin(options.readStdin);
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
