import type { Diagnostic } from '../../resources/index.js';
/**
 * A fingerprint per diagnostic that stays the same across runs and when lines move: a SHA-256 of
 * rule id, file, resource identity (apiVersion, kind, namespace, name), JSON path and message id,
 * never of positions or message text. Diagnostics that share all of these (two YAML errors of one
 * code in one file) are told apart by their order, as `<hash>:<n>` with n counting from 1.
 */
export declare function diagnosticFingerprints(diagnostics: readonly Diagnostic[]): string[];
