import type { Diagnostic, RunCounts } from '../../resources/index.js';
import type { RuleDescriptor } from './rule-descriptor.js';
/** What a diagnostics formatter gets: the sorted diagnostics and every file that was read. */
export interface DiagnosticReport {
    diagnostics: readonly Diagnostic[];
    /** Every input file, in input order (files without findings too). */
    files: readonly string[];
    /** The working directory the file names are relative to. */
    cwd: string;
    /** Metadata of the rules that may have fired, when the caller has it (lint's rule list). */
    rules?: readonly RuleDescriptor[];
    /** What the run checked and passed over; text formats end with it (`describeRun`). */
    counts?: RunCounts;
}
export interface FormatOptions {
    color: boolean;
    /** drydock's version, for formats that name their tool (SARIF); formatters read no files. */
    toolVersion?: string;
    /** An upper bound on the report's size in UTF-8 bytes, for formats that truncate (markdown: default 1 MiB). */
    maxBytes?: number;
}
/** A formatter: a pure function from a finished report to text. */
export type DiagnosticFormatter = (report: DiagnosticReport, options: FormatOptions) => string;
/** Diagnostics grouped by file, files in first-seen order. */
export declare function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]>;
/** Counts per severity. */
export declare function countSeverities(diagnostics: readonly Diagnostic[]): {
    errors: number;
    warnings: number;
    infos: number;
};
