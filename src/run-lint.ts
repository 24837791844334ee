import { prepareLint } from './lint/index.js';
import { compareDiagnostics } from './resources/index.js';
import { checkRun, leftOutNames, prepareRun, type ValidateOptions, type ValidateResult } from './run-validate.js';

/** What to lint: everything `validate` takes, plus rule settings. */
export interface LintOptions extends Omit<ValidateOptions, 'keepResources' | 'cache' | 'cacheLocation'> {
  /** `--rule id=level` overrides, applied after the config's `rules:`. */
  rules?: Record<string, string>;
  /** The namespace of objects that name none; overrides the config's `namespace`. */
  namespace?: string;
  /** Report `# drydock-disable` comments that silenced nothing. */
  reportUnusedDisableDirectives?: boolean;
}

/**
 * Everything `validate` reports, plus the findings of the configured best-practice rules. Lint
 * has no result cache: a file's findings depend on every other file (cross-resource rules), and
 * every file must be parsed for them anyway. Lint runs on one thread: cross-resource rules need
 * every object in one place, and validating on workers while this thread loads the input again
 * cost more memory than it saved time here.
 */
export async function lint(options: LintOptions): Promise<ValidateResult> {
  const run = await prepareRun(options);
  const { config } = run;
  const lintSet = await prepareLint({
    extends: config.extends,
    rules: config.rules,
    locations: config.ruleLocations,
    overrides: options.rules,
    kubernetesVersion: run.kubernetesVersion,
    defaultNamespace: options.namespace ?? config.namespace,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
  });
  // with `shard` or `changedSince`, every file is still loaded (cross-resource rules need the
  // whole set): only the findings in the other files are left out
  const validated = await checkRun(run, true);
  const leftOut = leftOutNames(run);
  const found = lintSet(validated.resources).filter((d) => !leftOut.has(d.range.file));
  const diagnostics = [...validated.diagnostics, ...found].sort(compareDiagnostics);
  return { ...validated, diagnostics };
}
