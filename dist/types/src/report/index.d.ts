import type * as catalog from './catalog/index.js';
import { type DiagnosticFormatter } from './diagnostics/index.js';
import type { PlanFormatOptions, PlanReport } from './plan/index.js';
export type { DiagnosticReport, DiagnosticFormatter, FormatOptions, RuleDescriptor } from './diagnostics/index.js';
export { countSeverities, formatRuleTimings } from './diagnostics/index.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands } from './workflow-command-escape.js';
export type { CatalogEntry, DiagnosticExplanation } from './catalog/index.js';
type DiagnosticCatalog = typeof catalog;
/** The explanations of the ids that are not rules (`drydock rules <id>`), loaded on first use. */
export declare function loadDiagnosticCatalog(): Promise<DiagnosticCatalog>;
/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export declare const diagnosticFormats: {
    stylish: DiagnosticFormatter;
    json: DiagnosticFormatter;
    github: DiagnosticFormatter;
    markdown: DiagnosticFormatter;
    sarif: DiagnosticFormatter;
    junit: DiagnosticFormatter;
};
export type DiagnosticFormat = keyof typeof diagnosticFormats;
/** Whether `name` is a diagnostics format. */
export declare function isDiagnosticFormat(name: string): name is DiagnosticFormat;
export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan/index.js';
declare const planFormatKeys: {
    readonly text: true;
    readonly json: true;
    readonly markdown: true;
    readonly diff: true;
};
export type PlanFormat = keyof typeof planFormatKeys;
/** The plan formats' names, in the order help and errors list them. */
export declare const planFormatNames: readonly PlanFormat[];
/** Whether `name` is a plan format. */
export declare function isPlanFormat(name: string): name is PlanFormat;
/** A plan in one of the plan formats; the formatters (and the diff library) load on first use. */
export declare function formatPlan(format: PlanFormat, report: PlanReport, options?: PlanFormatOptions): Promise<string>;
