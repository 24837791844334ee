import { type Diagnostic } from '../resources/index.js';
/**
 * Diagnostics without repeats, the first of each kept in place: a base built by several overlays
 * yields the same finding at the same place once per overlay, and a reader needs it once. Only
 * findings equal in rule, severity, range and message are merged, so nothing a plain file
 * reports is lost.
 */
export declare function distinctFindings(findings: readonly Diagnostic[]): Diagnostic[];
