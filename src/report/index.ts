import { github, json, junit, markdown, sarif, stylish, type DiagnosticFormatter } from './diagnostics/index.js';
import type { PlanFormatOptions, PlanReport } from './plan/index.js';

export type { DiagnosticReport, DiagnosticFormatter, FormatOptions, RuleDescriptor } from './diagnostics/index.js';
export { countSeverities, formatRuleTimings } from './diagnostics/index.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands } from './workflow-command-escape.js';

/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export const diagnosticFormats = { stylish, json, github, markdown, sarif, junit } satisfies Record<string, DiagnosticFormatter>;

export type DiagnosticFormat = keyof typeof diagnosticFormats;

/** Whether `name` is a diagnostics format. */
export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return Object.hasOwn(diagnosticFormats, name);
}


export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan/index.js';

/** The plan formats `--format` accepts; the formatters themselves load with `plan` (plan-formats.ts). */
export const planFormatNames = ['text', 'json', 'markdown', 'diff'] as const;

export type PlanFormat = (typeof planFormatNames)[number];

/** Whether `name` is a plan format. */
export function isPlanFormat(name: string): name is PlanFormat {
  return (planFormatNames as readonly string[]).includes(name);
}

/** A plan in one of the plan formats; the formatters (and the diff library) load on first use. */
export async function formatPlan(format: PlanFormat, report: PlanReport, options: PlanFormatOptions = {}): Promise<string> {
  const { planFormats } = await import('./plan/index.js');
  return planFormats[format](report, options);
}
