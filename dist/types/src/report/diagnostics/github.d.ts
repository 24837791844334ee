import type { DiagnosticFormatter } from './diagnostic-report.js';
/**
 * GitHub Actions workflow commands, one line per diagnostic: `::error file=…,line=…::message`.
 * GitHub shows them as annotations on the run and, for files in the pull request, inline.
 */
export declare const github: DiagnosticFormatter;
