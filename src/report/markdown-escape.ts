/**
 * Text that renders literally in GitHub-flavoured Markdown, including inside a table cell: HTML
 * specials become entities, Markdown specials (`|` too, which would split the cell, and `$`,
 * which starts math) are backslash-escaped, line breaks become `<br>`, and other control
 * characters are shown as `\uXXXX`.
 */
export function escapeMarkdown(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A code span holding `text` verbatim, on one line: the fence is longer than any backtick run inside. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  const longestRun = longestBacktickRun(flat);
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A URL safe as a Markdown link destination in a table: no spaces, parentheses, pipes or angle brackets. */
export function linkDestination(url: string): string {
  return url.replace(/[\s()|<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** The longest run of backticks in `text`; a loop, since Math.max(...runs) overflows the stack on 500,000 runs. */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}
