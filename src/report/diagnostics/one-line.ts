/**
 * A message on one line: each run of blanks that holds a line break becomes one space. One
 * `\s+` pass (rather than `\s*\n\s*`, which retries every blank of a long run) keeps it linear.
 */
export function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\s+/g, (run) => (run.includes('\n') ? ' ' : run)) : text;
}
