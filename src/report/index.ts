import type { DiagnosticFormatter } from './diagnostic-report.js';
import type { PlanFormatter } from './plan-report.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
import { planDiff } from './plan-diff.js';
import { planJson } from './plan-json.js';
import { planMarkdown } from './plan-markdown.js';
import { planText } from './plan-text.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

export type { DiagnosticReport, DiagnosticFormatter, FormatOptions } from './diagnostic-report.js';
export { countSeverities } from './diagnostic-report.js';
export type { RuleDescriptor } from './rule-descriptor.js';

/** Every diagnostics format by name; `--format` accepts exactly these keys. */
export const diagnosticFormats = { stylish, json, github, markdown, sarif, junit } satisfies Record<string, DiagnosticFormatter>;

export type DiagnosticFormat = keyof typeof diagnosticFormats;

/** Whether `name` is a diagnostics format. */
export function isDiagnosticFormat(name: string): name is DiagnosticFormat {
  return Object.hasOwn(diagnosticFormats, name);
}


export type { PlanReport, PlanFormatter, PlanFormatOptions } from './plan-report.js';
export { planJsonVersion } from './plan-json.js';

/** Every plan format by name. */
export const planFormats = { text: planText, json: planJson, markdown: planMarkdown, diff: planDiff } satisfies Record<string, PlanFormatter>;

export type PlanFormat = keyof typeof planFormats;

/** Whether `name` is a plan format. */
export function isPlanFormat(name: string): name is PlanFormat {
  return Object.hasOwn(planFormats, name);
}
