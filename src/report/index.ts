import type { DiagnosticFormatter } from './diagnostic-report.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { DiagnosticReport, DiagnosticFormatter, FormatOptions } from './diagnostic-report.js';
export { countSeverities } from './diagnostic-report.js';
export { formatRuleTimings } from './rule-timings.js';
export { escapeCommandData, escapeControlCharacters, inertToWorkflowCommands } from './workflow-command-escape.js';
export type { RuleDescriptor } from './rule-descriptor.js';
export { catalogIds, explainDiagnostic, type CatalogEntry, type DiagnosticExplanation } from './explain-diagnostic.js';
export { closestIds } from './closest-ids.js';

/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export const diagnosticFormats = { stylish, json, github, markdown, sarif, junit } satisfies Record<string, DiagnosticFormatter>;

export type DiagnosticFormat = keyof typeof diagnosticFormats;

/** Whether `name` is a diagnostics format. */
export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return Object.hasOwn(diagnosticFormats, name);
}


export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan-report.js';

/** The plan formats `--format` accepts; the formatters themselves load with `plan` (plan-formats.ts). */
export const planFormatNames = ['text', 'json', 'markdown', 'diff'] as const;

export type PlanFormat = (typeof planFormatNames)[number];

/** Whether `name` is a plan format. */
export function isPlanFormat(name: string): name is PlanFormat {
  return (planFormatNames as readonly string[]).includes(name);
}
