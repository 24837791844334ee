import { statSync } from 'node:fs';
import path from 'node:path';
import { loadClusterModel } from './load-cluster.js';
import { loadGitRef, loadInputs } from './load/index.js';
import { isLiveObject, makePlan, simulatePlan, type Plan, type PlanBase } from './plan/index.js';
import { compareDiagnostics, type Diagnostic, type KubernetesVersion } from './resources/index.js';
import type { DrydockConfig } from './config/index.js';
import { validate, type ValidateOptions } from './run-validate.js';

/** What to plan: the desired manifests (as `validate` takes them) and the current state. */
export interface PlanRunOptions extends Pick<ValidateOptions, 'paths' | 'cwd' | 'kubernetesVersion' | 'configFile' | 'config' | 'schemaDirs' | 'readStdin'> {
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
}

/** Validates the desired manifests, reads the base, and plans the apply. */
export async function plan(options: PlanRunOptions): Promise<PlanRunResult> {
  const cwd = options.cwd ?? process.cwd();
  const validated = await validate({ ...options, cwd, keepResources: true });
  const defaultNamespace = options.namespace ?? validated.config.namespace ?? 'default';
  const hasErrors = validated.diagnostics.some((d) => d.severity === 'error');
  const result: PlanRunResult = { diagnostics: validated.diagnostics, files: validated.files, kubernetesVersion: validated.kubernetesVersion, config: validated.config };
  if (hasErrors && !options.force) return result;
  const base = options.base === undefined ? undefined : await readBase(options.base, options.paths, cwd, validated.config.ignore);
  const made = makePlan(validated.resources, base?.base, { defaultNamespace, prune: options.prune });
  const clusterFiles = options.cluster ?? (validated.config.cluster === undefined ? undefined : [validated.config.cluster]);
  const cluster = clusterFiles === undefined ? undefined : await loadClusterModel(clusterFiles, { nodeCapacity: options.nodeCapacity, kubernetesVersion: validated.kubernetesVersion, cwd });
  made.simulation = simulatePlan(made.changes, validated.resources, cluster?.model, { kubernetesVersion: validated.kubernetesVersion, defaultNamespace, route: options.route, maxPods: options.maxPods });
  result.plan = made;
  result.diagnostics = [...validated.diagnostics, ...(base?.diagnostics ?? []), ...(cluster?.diagnostics ?? []), ...made.diagnostics, ...made.simulation.diagnostics].sort(compareDiagnostics);
  return result;
}

/** Problems in the base are the base's: shown, but they never fail the plan. */
function asBaseWarning(diagnostic: Diagnostic): Diagnostic {
  return diagnostic.severity === 'error' ? { ...diagnostic, severity: 'warning', message: `in the base: ${diagnostic.message}` } : diagnostic;
}

async function readBase(base: string, paths: readonly string[], cwd: string, ignore: readonly string[]): Promise<{ base: PlanBase; diagnostics: Diagnostic[] }> {
  const absolute = path.resolve(cwd, base);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    stats = undefined;
  }
  if (stats) {
    const loaded = await loadInputs([absolute], { cwd, ignore });
    const live = loaded.resources.some((resource) => isLiveObject(resource.object));
    const kind = live ? 'live' : 'folder';
    return { base: { kind, name: base, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
  }
  const loaded = await loadGitRef(base, paths, { cwd, ignore });
  return { base: { kind: 'git', name: `git:${base}`, resources: loaded.resources }, diagnostics: loaded.diagnostics.map(asBaseWarning) };
}
