/** drydock's public library API: the CLI and the GitHub Action use nothing else. */
import type { Rule } from './lint/rule-api.js';
import type { PlanFormat, PlanFormatOptions, PlanReport, RuleDescriptor } from './report/index.js';
import type { ValidateOptions, ValidateResult } from './run/run-validate.js';

import type { GitFile } from './load/git-file.js';
import type { LintOptions } from './run/run-lint.js';
import type { PlanRunOptions, PlanRunResult } from './run/run-plan.js';

export type { ValidateOptions, ValidateResult } from './run/run-validate.js';
export type { LintOptions } from './run/run-lint.js';
export type { PlanRunOptions, PlanRunResult } from './run/run-plan.js';

/**
 * Loads the inputs and reports what the API server would reject. The pipeline (parsers,
 * schemas, ajv) loads on first call, so that importing the library stays cheap.
 */
export async function validate(options: ValidateOptions): Promise<ValidateResult> {
  const pipeline = await import('./run/run-validate.js');
  return pipeline.validate(options);
}

/** Everything `validate` reports, plus the findings of the configured best-practice rules. */
export async function lint(options: LintOptions): Promise<ValidateResult> {
  const pipeline = await import('./run/run-lint.js');
  return pipeline.lint(options);
}

/**
 * Validates the manifests, then plans applying them against a current state (a git ref, a
 * folder or a live dump): creates, updates, replaces and deletes in apply order.
 */
export async function plan(options: PlanRunOptions): Promise<PlanRunResult> {
  const pipeline = await import('./run/run-plan.js');
  return pipeline.plan(options);
}

/** A plan in one of the plan formats (`text`, `json`, `markdown`, `diff`); the formatters load on first use. */
export async function formatPlan(format: PlanFormat, report: PlanReport, options: PlanFormatOptions = {}): Promise<string> {
  const { planFormats } = await import('./report/plan-formats.js');
  return planFormats[format](report, options);
}

/** Whether `ref` names a commit of the git repository at `cwd` (loaded on use: it brings the loader). */
export async function isGitRef(ref: string, cwd: string): Promise<boolean> {
  const gitRef = await import('./load/git-ref.js');
  return gitRef.isGitRef(ref, cwd);
}

/**
 * A file as it is at a git commit (loaded on use): its text, or `absent`. The Action reads the
 * pull request's base copy of the config with it.
 */
export async function readGitFile(commit: string, file: string, cwd: string): Promise<GitFile> {
  const gitFile = await import('./load/git-file.js');
  return gitFile.readGitFile(commit, file, cwd);
}

/** Every best-practice rule with its metadata, for listings and docs. */
export async function listRules(): Promise<readonly Rule<string, unknown>[]> {
  const { loadRules } = await import('./lint/index.js');
  return loadRules();
}

/** Every best-practice rule described for formats that list their rules (SARIF). */
export async function ruleDescriptors(): Promise<RuleDescriptor[]> {
  const [rules, { ruleDocsUrl }] = await Promise.all([listRules(), import('./lint/run-rules.js')]);
  return rules.map((rule) => ({
    id: rule.id,
    summary: rule.summary,
    rationale: rule.rationale,
    fix: rule.fix,
    severity: rule.severity,
    helpUri: ruleDocsUrl(rule.id),
    tags: [rule.category],
  }));
}

export { version } from './version.js';
export { userCacheDir } from './run/cache-home.js';
export { describeRun, describeSkipped, plural } from './resources/index.js';
export type { RunCounts } from './resources/index.js';
export { makeOutputFolder, writeOutputFile } from './run/write-output.js';
export type { OutputGuard } from './run/write-output.js';
export type { SkippedCounts } from './load/find-files.js';
export { parseShard, shardOf, changedLines } from './run/select-files.js';
export type { Shard } from './run/select-files.js';
export type { Rule, RuleCategory, RuleSeverity, RulePreset } from './lint/rule-api.js';
export { parseRuleFlags } from './lint/rule-flags.js';
export { ruleDocsUrl } from './lint/run-rules.js';
export { loadConfig, findConfigFile, defaultConfig, parseConfig, configNames } from './config/index.js';
export type { DrydockConfig, ConfigSource } from './config/index.js';
export type { GitFile } from './load/git-file.js';
export { diagnosticFormats, isDiagnosticFormat, countSeverities, formatRuleTimings, planFormatNames, isPlanFormat } from './report/index.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands } from './report/index.js';
export { catalogIds, closestIds, explainDiagnostic } from './report/index.js';
export type { DiagnosticExplanation } from './report/index.js';
export type { DiagnosticFormat, DiagnosticReport, FormatOptions, RuleDescriptor, PlanFormat, PlanReport, PlanFormatOptions } from './report/index.js';
export type { Plan, Change, ChangeAction, FieldChange, PlanSummary } from './plan/index.js';
export { DrydockError, describeInternalError, supportedKubernetesVersions, defaultKubernetesVersion } from './resources/index.js';
export type {
  Diagnostic,
  Severity,
  SourceRange,
  Position,
  Resource,
  ResourceSet,
  ResourceId,
  JsonPath,
  KubernetesVersion,
  FailureCode,
} from './resources/index.js';
