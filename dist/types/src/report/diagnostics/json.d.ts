import type { DiagnosticFormatter } from './diagnostic-report.js';
/**
 * ESLint's JSON shape, so tools that read ESLint output read ours: one entry per input file
 * (files without findings too) with absolute `filePath`. Info notes are not problems and are left out.
 */
export declare const json: DiagnosticFormatter;
