import { type DiagnosticFormatter } from './diagnostic-report.js';
/** GitHub's limit for one step's job summary, the default budget of the Markdown report. */
export declare const defaultMarkdownMaxBytes: number;
/**
 * A Markdown report for pull-request comments and job summaries: a summary line, then a table per
 * file. It stays within `options.maxBytes` (default 1 MiB) by dropping the last rows and saying how
 * many were left out.
 */
export declare const markdown: DiagnosticFormatter;
