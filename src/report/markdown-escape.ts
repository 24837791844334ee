import { escapeControlCharacters, inertToWorkflowCommands } from './workflow-command-escape.js';

// GitHub links `@name` and `@org/team` when `@` follows no letter, digit or `_`
const mention = /(?<![A-Za-z0-9_])@(?=[A-Za-z0-9])/g;

/**
 * Text that renders literally in GitHub-flavoured Markdown, including inside a table cell: HTML
 * specials become entities, Markdown specials (`|` too, which would split the cell, and `$`,
 * which starts math) are backslash-escaped, line breaks become `<br>`, other control characters
 * are shown as escapes (`\x1b`), and a zero-width joiner after `@` keeps `@name` from pinging
 * anyone.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      escapeControlCharacters(line)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~$]/g, '\\$&')
        .replace(mention, '@\u200D'),
    )
    .join('<br>');
}

/**
 * A code span holding `text` verbatim, on one line: the fence is longer than any backtick run
 * inside, control characters are shown as escapes and a workflow command is made inert (a
 * Markdown report may be printed to a CI log). GitHub links no `@name` in code.
 */
export function codeSpan(text: string): string {
  const flat = inertToWorkflowCommands(escapeControlCharacters(text.replace(/\r\n|\r|\n/g, ' ')));
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
