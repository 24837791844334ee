import { type DiagnosticFormatter } from './diagnostic-report.js';
/**
 * ESLint's default look: one block per file, `line:col  severity  message  rule`, then a summary,
 * and (when the report has the run's counts) what the run checked and passed over.
 * Names and messages come from the input, so they are shown on one line and the whole output is
 * made inert for a GitHub runner that prints it.
 */
export declare const stylish: DiagnosticFormatter;
