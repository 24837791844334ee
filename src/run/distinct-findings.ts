import { findingKey, type Diagnostic } from '../resources/index.js';

/**
 * Sorted diagnostics without repeats: a base built by several overlays yields the same finding
 * at the same place once per overlay, and a reader needs it once. Only findings equal in rule,
 * severity, range and message are merged, so nothing a plain file reports is lost.
 */
export function distinctFindings(sorted: readonly Diagnostic[]): Diagnostic[] {
  // a set, not a look at the previous finding: the sort leaves ties on the range's end in input
  // order, so two equal findings may have one between them that differs only in its end
  const seen = new Set<string>();
  return sorted.filter((d) => {
    const key = findingKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
