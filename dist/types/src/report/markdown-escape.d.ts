/**
 * Text that renders literally in GitHub-flavoured Markdown, including inside a table cell: HTML
 * specials become entities, Markdown specials (`|` too, which would split the cell, and `$`,
 * which starts math) are backslash-escaped, line breaks become `<br>`, other control characters
 * are shown as escapes (`\x1b`), and a zero-width joiner after `@` keeps `@name` from pinging
 * anyone.
 */
export declare function escapeMarkdown(text: string): string;
/**
 * A code span holding `text` verbatim, on one line: the fence is longer than any backtick run
 * inside, control characters are shown as escapes and a workflow command is made inert (a
 * Markdown report may be printed to a CI log). GitHub links no `@name` in code.
 */
export declare function codeSpan(text: string): string;
/** A URL safe as a Markdown link destination in a table: no spaces, parentheses, pipes or angle brackets. */
export declare function linkDestination(url: string): string;
/** The longest run of backticks in `text`; a loop, since Math.max(...runs) overflows the stack on 500,000 runs. */
export declare function longestBacktickRun(text: string): number;
