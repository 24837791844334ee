import { type ValidateOptions, type ValidateResult } from './run-validate.js';
/** What to lint: everything `validate` takes, plus rule settings. */
export interface LintOptions extends Omit<ValidateOptions, 'keepResources' | 'cache' | 'cacheLocation' | 'cacheDir'> {
    /** `--rule id=level` overrides, applied after the config's `rules:`. */
    rules?: Record<string, string>;
    /** The namespace of objects that name none; overrides the config's `namespace`. */
    namespace?: string;
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
 * Everything `validate` reports, plus the findings of the configured best-practice rules. Lint
 * has no result cache: a file's findings depend on every other file (cross-resource rules), and
 * every file must be parsed for them anyway. Lint runs on one thread: cross-resource rules need
 * every object in one place, and validating on workers while this thread loads the input again
 * cost more memory than it saved time here.
 */
export declare function lint(options: LintOptions): Promise<ValidateResult>;
