import type { PreparedRun, ValidateResult } from './run-validate.js';
/** Everything besides the input files that decides lint's findings. */
export interface LintSettings {
    rules?: Record<string, string>;
    reportUnusedDisableDirectives?: boolean;
    /** The cluster model's files (their content counts), and each kind node's allocatable. */
    cluster?: readonly string[];
    nodeCapacity?: string;
    /** Whether kustomize bases are also checked alone. */
    kustomizeBases?: boolean;
}
/**
 * Lint's result cache: the whole run's findings, reused only when nothing that decides them
 * changed: the validate run key (drydock's version, working directory, resolved config with its
 * rules and settings, Kubernetes version, default namespace, extra schemas) over the content of
 * every input file, plus the code of the bundle (the rules' versions), the `--rule` overrides and
 * other lint settings, the cluster model's files and the files selected (`--shard`,
 * `--changed-since`). Signed like validate's cache.
 */
export declare class LintCache {
    private readonly cache;
    private readonly key;
    private constructor();
    /** Opens the run's cache, or undefined when the run has none (no cache asked, no secret, standard input). */
    static open(run: PreparedRun, settings: LintSettings): LintCache | undefined;
    /** The result of an earlier run with the same key, without resources. */
    get(run: PreparedRun): ValidateResult | undefined;
    set(result: ValidateResult): void;
}
