import { findingKey, type Diagnostic } from '../resources/index.js';

/**
 * Diagnostics without repeats, the first of each kept in place: a base built by several overlays
 * yields the same finding at the same place once per overlay, and a reader needs it once. Only
 * findings equal in rule, severity, range and message are merged, so nothing a plain file
 * reports is lost.
 */
export function distinctFindings(findings: readonly Diagnostic[]): Diagnostic[] {
  // a set, not a look at the previous finding: the input need not be sorted, and a sort leaves
  // ties on the range's end in input order, so two equal findings may have one between them
  const seen = new Set<string>();
  return findings.filter((d) => {
    const key = findingKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
