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
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const pipeline = await import('./run-validate.js');
  return pipeline.validate(options);
}

/** Everything `validate` reports, plus the findings of the configured best-practice rules. */
export async function lint(options: LintOptions): Promise<LintResult> {
  const pipeline = await import('./run-lint.js');
  return pipeline.lint(options);
}

/** Validates the manifests, then plans applying them against a current state. */
export async function plan(options: PlanRunOptions): Promise<PlanRunResult> {
  const pipeline = await import('./run-plan.js');
  return pipeline.plan(options);
}

/** Whether `ref` names a commit of the git repository at `cwd` (loaded on use: it brings the loader). */
export async function isGitRef(ref: string, cwd: string): Promise<boolean> {
  const load = await import('../load/index.js');
  return load.isGitRef(ref, cwd);
}

/**
 * A file as it is at a git commit (loaded on use): its text, or `absent`. The Action reads the
 * pull request's base copy of the config with it.
 */
export async function readGitFile(commit: string, file: string, cwd: string): Promise<GitFile> {
  const load = await import('../load/index.js');
  return load.readGitFile(commit, file, cwd);
}

/**
 * Writes a report the one safe way (write-output.ts); loaded on use, as it brings the loader's
 * confinement checks and, with them, the loader.
 */
export async function writeOutputFile(file: string, text: string, guard: OutputGuard): Promise<void> {
  const output = await import('./write-output.js');
  output.writeOutputFile(file, text, guard);
}

/** Makes the folder of an output file, as safely as `writeOutputFile` writes it (loaded on use). */
export async function makeOutputFolder(file: string, guard: OutputGuard): Promise<void> {
  const output = await import('./write-output.js');
  output.makeOutputFolder(file, guard);
}

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
