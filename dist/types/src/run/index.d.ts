/**
 * Wiring one run of validate, lint or plan, and the helpers only the CLI and the Action use. Not
 * public: src/index.ts re-exports the three runs; cli/ and action/ import the rest from here. The
 * pipelines load on first call, so that importing this folder stays cheap.
 */
import type { GitFile } from '../load/index.js';
import type { OutputGuard } from './write-output.js';
import type { LintOptions, LintResult } from './run-lint.js';
import type { PlanRunOptions, PlanRunResult } from './run-plan.js';
import type { ValidateOptions, ValidateResult } from './run-validate.js';
export type { ValidateOptions, ValidateResult } from './run-validate.js';
export type { LintOptions, LintResult } from './run-lint.js';
export type { PlanRunOptions, PlanRunResult } from './run-plan.js';
export type { GitFile, SkippedCounts } from '../load/index.js';
/** Loads the inputs and reports what the API server would reject. */
export declare function validate(options: ValidateOptions): Promise<ValidateResult>;
/** Everything `validate` reports, plus the findings of the configured best-practice rules. */
export declare function lint(options: LintOptions): Promise<LintResult>;
/** Validates the manifests, then plans applying them against a current state. */
export declare function plan(options: PlanRunOptions): Promise<PlanRunResult>;
/** Whether `ref` names a commit of the git repository at `cwd` (loaded on use: it brings the loader). */
export declare function isGitRef(ref: string, cwd: string): Promise<boolean>;
/**
 * A file as it is at a git commit (loaded on use): its text, or `absent`. The Action reads the
 * pull request's base copy of the config with it.
 */
export declare function readGitFile(commit: string, file: string, cwd: string): Promise<GitFile>;
/**
 * Writes a report the one safe way (write-output.ts); loaded on use, as it brings the loader's
 * confinement checks and, with them, the loader.
 */
export declare function writeOutputFile(file: string, text: string, guard: OutputGuard): Promise<void>;
/** Makes the folder of an output file, as safely as `writeOutputFile` writes it (loaded on use). */
export declare function makeOutputFolder(file: string, guard: OutputGuard): Promise<void>;
export { userCacheDir } from './cache-home.js';
export { describeRun, describeSkipped, plural } from '../resources/index.js';
export type { OutputGuard } from './write-output.js';
export { parseShard, changedLines, type Shard } from './select-files.js';
export { parseRuleFlags } from '../lint/index.js';
export { parseConfig, configNames } from '../config/index.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands, loadDiagnosticCatalog, type DiagnosticExplanation } from '../report/index.js';
export { describeInternalError } from '../resources/index.js';
export { asksForStacks } from './asks-for-stacks.js';
export { loadRestrictors, type LoadRestrictor } from '../resources/index.js';
