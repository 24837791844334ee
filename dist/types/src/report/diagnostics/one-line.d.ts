/**
 * A message on one line: each run of blanks that holds a line break becomes one space. One
 * `\s+` pass (rather than `\s*\n\s*`, which retries every blank of a long run) keeps it linear.
 */
export declare function oneLine(text: string): string;
