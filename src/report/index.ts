import type * as catalog from './catalog/index.js';
import { github, json, junit, markdown, sarif, stylish, type DiagnosticFormatter } from './diagnostics/index.js';
import type { PlanFormatOptions, PlanReport } from './plan/index.js';

export type { DiagnosticReport, DiagnosticFormatter, FormatOptions, RuleDescriptor } from './diagnostics/index.js';
export { countSeverities, formatRuleTimings } from './diagnostics/index.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands } from './workflow-command-escape.js';
export type { CatalogEntry, DiagnosticExplanation } from './catalog/index.js';
type DiagnosticCatalog = typeof catalog;

/** The explanations of the ids that are not rules (`drydock rules <id>`), loaded on first use. */
export async function loadDiagnosticCatalog(): Promise<DiagnosticCatalog> {
  return import('./catalog/index.js');
}

/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export const diagnosticFormats = { stylish, json, github, markdown, sarif, junit } satisfies Record<string, DiagnosticFormatter>;

export type DiagnosticFormat = keyof typeof diagnosticFormats;

/** Whether `name` is a diagnostics format. */
export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return Object.hasOwn(diagnosticFormats, name);
}


export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan/index.js';

// The plan formats by name; `--format` accepts exactly these keys. The formatters load with
// `plan` (plan-formats.ts, which must have one for each key), so a name is all that is here.
const planFormatKeys = { text: true, json: true, markdown: true, diff: true } as const;

export type PlanFormat = keyof typeof planFormatKeys;

/** The plan formats' names, in the order help and errors list them. */
export const planFormatNames = Object.keys(planFormatKeys) as readonly PlanFormat[];

/** Whether `name` is a plan format. */
export function isPlanFormat(name: string): name is PlanFormat {
  return Object.hasOwn(planFormatKeys, name);
}

/** A plan in one of the plan formats; the formatters (and the diff library) load on first use. */
export async function formatPlan(format: PlanFormat, report: PlanReport, options: PlanFormatOptions = {}): Promise<string> {
  const { planFormats } = await import('./plan/index.js');
  return planFormats[format](report, options);
}
