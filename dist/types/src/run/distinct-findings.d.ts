import { type Diagnostic } from '../resources/index.js';
/**
 * Sorted diagnostics without repeats: a base built by several overlays yields the same finding
 * at the same place once per overlay, and a reader needs it once. Only findings equal in rule,
 * severity, range and message are merged, so nothing a plain file reports is lost.
 */
export declare function distinctFindings(sorted: readonly Diagnostic[]): Diagnostic[];
