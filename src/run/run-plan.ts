import { statSync } from 'node:fs';
import path from 'node:path';
import { loadClusterModel } from './load-cluster.js';
import { defaultMaxFileBytes, GitTree, loadGitFiles, loadInputs, selectGitFiles } from '../load/index.js';
import { isLiveObject, makePlan, simulatePlan, type Plan, type PlanBase } from '../plan/index.js';
import { compareDiagnostics, safeMessage, type Diagnostic, type KubernetesVersion, type LoadRestrictor, type Resource } from '../resources/index.js';
import type { DrydockConfig } from '../config/index.js';
import { findInputFiles, type InputEntry, type KustomizeFiles, type SkippedCounts } from '../load/index.js';
import { buildKustomizations, builtOutput, filesCheckedAlone } from './kustomize-inputs.js';
import { validate, type ValidateOptions } from './run-validate.js';
import { distinctFindings } from './distinct-findings.js';

/** What to plan: the desired manifests (as `validate` takes them) and the current state. */
export interface PlanRunOptions extends Pick<ValidateOptions, 'paths' | 'cwd' | 'root' | 'kubernetesVersion' | 'configFile' | 'config' | 'schemaDirs' | 'readStdin' | 'kustomizeLoadRestrictor'> {
  /** The current state: a git ref, a folder of manifests, or a `kubectl get -o yaml` dump. None: everything is a create. */
  base?: string;
  /** Plan deletes for objects the base has and the input lacks. */
  prune?: boolean;
  /** Plan even when validation finds errors. */
  force?: boolean;
  /** The namespace of objects that name none; overrides the config's. */
  namespace?: string;
  /** The cluster model to schedule on: a kind config, a drydock cluster file, or nodes (and pods) dumps; overrides the config's `cluster`. */
  cluster?: readonly string[];
  /** Each kind node's allocatable, `cpu=4,memory=8Gi,pods=110`. */
  nodeCapacity?: string;
  /** A request URL to explain through the Ingresses (`https://shop.example.com/api/cart`). */
  route?: string;
  /** Simulate at most this many Pods in all (default 10,000); the largest workloads are cut first, with a note. */
  maxPods?: number;
}

export interface PlanRunResult {
  /** Undefined when validation failed and `force` was not given. */
  plan?: Plan;
  /** Validation findings, problems reading the base, and the plan's own findings, sorted. */
  diagnostics: Diagnostic[];
  files: string[];
  kubernetesVersion: KubernetesVersion;
  config: DrydockConfig;
  /** What the search for the desired manifests passed over (hidden, `node_modules`, ignored, links leaving the root). */
  skipped: SkippedCounts;
  /** The run's root (a real path). */
  root: string;
  /** How many kustomizations were built and checked. */
  kustomizationsBuilt: number;
}

/** Validates the desired manifests, reads the base, and plans the apply. */
export async function plan(options: PlanRunOptions): Promise<PlanRunResult> {
  const cwd = options.cwd ?? process.cwd();
  const validated = await validate({ ...options, cwd, keepResources: true });
  const defaultNamespace = options.namespace ?? validated.config.namespace ?? 'default';
  const hasErrors = validated.diagnostics.some((d) => d.severity === 'error');
  const result: PlanRunResult = { diagnostics: validated.diagnostics, files: validated.files, kubernetesVersion: validated.kubernetesVersion, config: validated.config, skipped: validated.skipped, root: validated.root, kustomizationsBuilt: validated.kustomizationsBuilt };
  if (hasErrors && !options.force) return result;
  const base = options.base === undefined ? undefined : await readBase(options.base, options.paths, { cwd, ignore: validated.config.ignore, ignoreBase: validated.config.root, root: validated.root, loadRestrictor: validated.config.kustomizeLoadRestrictor });
  const made = makePlan(validated.resources, base?.base, { defaultNamespace, prune: options.prune });
  const clusterFiles = options.cluster ?? (validated.config.cluster === undefined ? undefined : [validated.config.cluster]);
  const cluster = clusterFiles === undefined ? undefined : await loadClusterModel(clusterFiles, { nodeCapacity: options.nodeCapacity, kubernetesVersion: validated.kubernetesVersion, cwd });
  made.simulation = simulatePlan(made.changes, validated.resources, cluster?.model, { kubernetesVersion: validated.kubernetesVersion, defaultNamespace, route: options.route, maxPods: options.maxPods });
  result.plan = made;
  // the plan reports an object defined twice itself (plan/duplicate-object), as an error: it cannot tell which one the cluster gets
  const validation = validated.diagnostics.filter((d) => d.ruleId !== 'input/duplicate-object');
  // a finding made twice the same way (the same line seen through two builds) is said once
  result.diagnostics = distinctFindings([...validation, ...(base?.diagnostics ?? []), ...(cluster?.diagnostics ?? []), ...made.diagnostics, ...made.simulation.diagnostics].sort(compareDiagnostics));
  for (const diagnostic of result.diagnostics) diagnostic.message = safeMessage(diagnostic.message);
  return result;
}

/** Where the base is read from: the run's working directory and root, and the config's `ignore:` (relative to `ignoreBase`). */
interface BaseWhere {
  cwd: string;
  ignore: readonly string[];
  ignoreBase: string;
  root: string;
  loadRestrictor: LoadRestrictor | undefined;
}

/** What a base holds: its objects, and the findings made reading it. */
interface LoadedBase {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/** Problems in the base are the base's: shown, but they never fail the plan. */
function asBaseWarning(diagnostic: Diagnostic): Diagnostic {
  return diagnostic.severity === 'error' ? { ...diagnostic, severity: 'warning', message: `in the base: ${diagnostic.message}` } : diagnostic;
}

async function readBase(base: string, paths: readonly string[], where: BaseWhere): Promise<{ base: PlanBase; diagnostics: Diagnostic[] }> {
  const { cwd } = where;
  const absolute = path.resolve(cwd, base);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  if (stats) {
    // a base folder is walked like the input (links in it may not leave the root), and its
    // kustomizations are built as the input's are
    const loaded = await loadBaseFolder(absolute, where);
    const live = loaded.resources.some((resource) => isLiveObject(resource.object));
    const kind = live ? 'live' : 'folder';
    return { base: { kind, name: base, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
  }
  const loaded = await loadGitBase(base, paths, where);
  return { base: { kind: 'git', name: `git:${base}`, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
}

/**
 * A git ref's objects: the same paths at the ref, read without a checkout, with its
 * kustomizations built from the ref's files as a base folder's are (files named `<ref>:<path>`).
 */
async function loadGitBase(ref: string, paths: readonly string[], where: BaseWhere): Promise<LoadedBase> {
  const tree = GitTree.open(ref, where.cwd, where.root);
  const entries = selectGitFiles(tree, paths, { ignore: where.ignore, ignoreBase: where.ignoreBase });
  const files = entries.flatMap((entry) => (entry.kind === 'file' ? [entry.path] : []));
  // what is known up front is read in one `git cat-file`; a build reads the rest folder by folder
  tree.prefetch(files, defaultMaxFileBytes);
  return loadWithBuilds(entries, where, tree, (plain) => loadGitFiles(tree, plain));
}

/** A base folder's objects: its plain files, and the objects of the kustomizations in it. */
async function loadBaseFolder(folder: string, where: BaseWhere): Promise<LoadedBase> {
  const found = findInputFiles([folder], where);
  const loaded = await loadWithBuilds(found.entries, where, undefined, async (plain) => (plain.length === 0 ? { resources: [], diagnostics: [] } : loadInputs(plain, where)));
  return { resources: loaded.resources, diagnostics: [...found.notes, ...loaded.diagnostics] };
}

/**
 * The objects of a base's plain files (read by `loadPlain`, from `files` or the disk) and of the
 * kustomizations among `entries`.
 */
async function loadWithBuilds(entries: readonly InputEntry[], where: BaseWhere, files: KustomizeFiles | undefined, loadPlain: (plain: string[]) => Promise<LoadedBase>): Promise<LoadedBase> {
  const kustomized = await buildKustomizations(entries, { root: where.root, cwd: where.cwd, files, loadRestrictor: where.loadRestrictor, ignore: where.ignore, ignoreBase: where.ignoreBase });
  const loaded = await loadPlain(filesCheckedAlone(entries, kustomized));
  const built = builtOutput(kustomized.builds);
  // built objects first, as the input's are (validate's order), so a clash resolves the same way on both sides
  return { resources: [...built.resources, ...loaded.resources], diagnostics: [...loaded.diagnostics, ...built.diagnostics, ...kustomized.notes.values()] };
}
