import type { DiagnosticFormatter } from './diagnostic-report.js';
/**
 * Limits of GitHub code scanning's SARIF ingestion (docs: "SARIF support for code scanning") and
 * our own cap on message length. An upload over a hard limit is rejected as a whole, so drydock
 * stays under them and says what it left out.
 */
export declare const sarifLimits: {
    /** GitHub rejects more than 25,000 results per run and shows the 5,000 most severe; keep those. */
    readonly resultsPerRun: 5000;
    /** `name` of a rule. */
    readonly ruleName: 255;
    /** `shortDescription.text` and `fullDescription.text` of a rule. */
    readonly description: 1024;
    /** Tags per rule. */
    readonly tags: 20;
    /** drydock's own cap on a result's message (GitHub shows only the first sentence when short of space). */
    readonly message: 4096;
};
/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, a rule per rule id that fired, one result
 * per diagnostic with a repository-relative location and a fingerprint that survives line moves.
 * Info notes become `note` results, except `input/not-a-manifest` (skipped input is not a problem
 * in the code; the run's invocation counts it). Over 5,000 results, the most severe are kept and
 * the invocation says how many were left out.
 */
export declare const sarif: DiagnosticFormatter;
