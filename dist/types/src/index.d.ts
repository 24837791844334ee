/**
 * drydock's public library API: what a library user needs to check and plan manifests and print
 * the results. The helpers only the CLI and the Action use come from src/run (not public).
 */
import type { Rule } from './lint/index.js';
import type { RuleDescriptor } from './report/index.js';
export { validate, lint, plan } from './run/index.js';
export type { ValidateOptions, ValidateResult, LintOptions, LintResult, PlanRunOptions, PlanRunResult, Shard, SkippedCounts } from './run/index.js';
/** Every best-practice rule with its metadata, for listings and docs. */
export declare function listRules(): Promise<readonly Rule<string, unknown>[]>;
/** Every best-practice rule described for formats that list their rules (SARIF). */
export declare function ruleDescriptors(): Promise<RuleDescriptor[]>;
export { version } from './version.js';
export type { Rule, RuleCategory, RuleSeverity, RulePreset } from './lint/index.js';
export { loadConfig, findConfigFile, defaultConfig } from './config/index.js';
export type { DrydockConfig, ConfigSource } from './config/index.js';
export { diagnosticFormats, isDiagnosticFormat, countSeverities, formatRuleTimings, formatPlan, planFormatNames, isPlanFormat } from './report/index.js';
export type { DiagnosticFormat, DiagnosticReport, FormatOptions, RuleDescriptor, PlanFormat, PlanReport, PlanFormatOptions } from './report/index.js';
export type { Plan, Change, ChangeAction, FieldChange, PlanSummary } from './plan/index.js';
export type { RunCounts } from './resources/index.js';
export { DrydockError, ExitCode, hasInternalFailure, ruleDocsUrl, supportedKubernetesVersions, defaultKubernetesVersion } from './resources/index.js';
export type { Diagnostic, Severity, SourceRange, Position, Resource, ResourceSet, ResourceId, JsonPath, KubernetesVersion, FailureCode, } from './resources/index.js';
