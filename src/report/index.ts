import type { DiagnosticFormatter } from './diagnostic-report.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { markdown } from './markdown.js';
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
