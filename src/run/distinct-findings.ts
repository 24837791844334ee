import { findingKey, type Diagnostic } from '../resources/index.js';

/**
 * Sorted diagnostics without repeats: a base built by several overlays yields the same finding
 * at the same place once per overlay, and a reader needs it once. Only findings equal in rule,
 * severity, range and message are merged, so nothing a plain file reports is lost.
 */
export function distinctFindings(sorted: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  let previous: string | undefined;
  for (const d of sorted) {
    const key = findingKey(d);
    // equal findings sort next to each other (file, line, column, rule, severity, message)
    if (key === previous) continue;
    previous = key;
    out.push(d);
  }
  return out;
}
