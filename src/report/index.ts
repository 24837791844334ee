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

/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export const diagnosticFormats = { stylish, json, github, markdown, sarif, junit } satisfies Record<string, DiagnosticFormatter>;

export type DiagnosticFormat = keyof typeof diagnosticFormats;

/** Whether `name` is a diagnostics format. */
export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return Object.hasOwn(diagnosticFormats, name);
}


export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan-report.js';

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
