import { prepareLint } from '../lint/index.js';
import type { ClusterFacts, Diagnostic, ResourceSet } from '../resources/index.js';
import { LintCache } from './lint-cache.js';
import { checkRun, leftOutNames, prepareRun, type PreparedRun, type ValidateOptions, type ValidateResult } from './run-validate.js';

/** What to lint: everything `validate` takes, plus rule settings. */
export interface LintOptions extends Omit<ValidateOptions, 'keepResources'> {
  /** `--rule id=level` overrides, applied after the config's `rules:`. */
  rules?: Record<string, string>;
  /** Report `# drydock-disable` comments that silenced nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** When given, each rule's time (milliseconds) is added up here by rule id. */
  ruleTimings?: Map<string, number>;
  /** A cluster model for `pod-unschedulable` (kind config, cluster file, nodes/pods dumps); overrides the config's `cluster`. */
  cluster?: readonly string[];
  /** Each kind node's allocatable, `cpu=4,memory=8Gi,pods=110`. */
  nodeCapacity?: string;
}

/**
 * What `lint` returns: `validate`'s result with the rules' findings merged in, and always the
 * resources (the cross-resource rules read them all) unless a cached result was reused.
 */
export type LintResult = ValidateResult;

/**
 * Everything `validate` reports, plus the findings of the configured best-practice rules. With
 * `cache`, a run whose inputs and settings are all unchanged reuses the last result whole (a
 * file's findings depend on every other file through cross-resource rules, so nothing less can
 * be reused; see lint-cache.ts); its `resources` are then empty. Lint runs on one thread:
 * cross-resource rules need every object in one place, and validating on workers while this
 * thread loads the input again cost more memory than it saved time here.
 */
export async function lint(options: LintOptions): Promise<LintResult> {
  const run = await prepareRun(options, 'lint');
  const cache = LintCache.open(run, options);
  const cached = cache?.get(run);
  if (cached) return cached;
  const result = await lintRun(run, options);
  cache?.set(result);
  return result;
}

async function lintRun(run: PreparedRun, options: LintOptions): Promise<LintResult> {
  const { config } = run;
  const lintSet = await prepareLint({
    extends: config.extends,
    rules: config.rules,
    locations: config.ruleLocations,
    overrides: options.rules,
    kubernetesVersion: run.kubernetesVersion,
    defaultNamespace: options.namespace ?? config.namespace,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    timings: options.ruleTimings,
  });
  // with `shard` or `changedSince`, every file is still loaded (cross-resource rules need the
  // whole set): only the findings in the other files are left out
  return checkRun(run, true, async (resources) => {
    const cluster = await clusterFactsOf(options, run, resources);
    const leftOut = leftOutNames(run);
    return [...cluster.diagnostics, ...lintSet(resources, cluster.facts).filter((d) => !leftOut.has(d.range.file))];
  });
}

/** The configured cluster model's verdict on the input's workloads (only the planner's scheduler is loaded, and only when a model is configured). */
async function clusterFactsOf(options: LintOptions, run: PreparedRun, resources: ResourceSet): Promise<{ facts?: ClusterFacts; diagnostics: Diagnostic[] }> {
  const files = options.cluster ?? (run.config.cluster === undefined ? undefined : [run.config.cluster]);
  if (files === undefined) return { diagnostics: [] };
  const [{ loadClusterModel }, { clusterFacts }] = await Promise.all([import('./load-cluster.js'), import('../plan/index.js')]);
  const loaded = await loadClusterModel(files, { nodeCapacity: options.nodeCapacity, kubernetesVersion: run.kubernetesVersion, cwd: run.cwd });
  if (!loaded.model) return { diagnostics: loaded.diagnostics };
  const defaultNamespace = options.namespace ?? run.config.namespace;
  return { facts: clusterFacts(resources, loaded.model, { kubernetesVersion: run.kubernetesVersion, defaultNamespace }), diagnostics: loaded.diagnostics };
}
