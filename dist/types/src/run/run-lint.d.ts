import { type ValidateOptions, type ValidateResult } from './run-validate.js';
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
export declare function lint(options: LintOptions): Promise<LintResult>;
