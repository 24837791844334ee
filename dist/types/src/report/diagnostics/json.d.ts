import type { DiagnosticFormatter } from './diagnostic-report.js';
/**
 * ESLint's JSON shape, so tools that read ESLint output read ours: one entry per input file
 * (files without findings too) with absolute `filePath`. Info notes are not problems and are left
 * out. Beside ESLint's fields, a message about an object names it in `object`.
 */
export declare const json: DiagnosticFormatter;
